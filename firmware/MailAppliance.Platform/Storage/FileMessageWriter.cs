using System.IO;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// A message being received into <c>tmp/</c>. Commit delivers it in two steps so that a
    /// failure leaves no mailbox with half a message and none with a message the client was
    /// told failed: first a ".tmp" copy in every mailbox (the last one gets the original by
    /// rename), then each is renamed to its message name, which records the size (and, for an
    /// IMAP APPEND or COPY into one folder, the flags).
    /// </summary>
    internal sealed class FileMessageWriter : IMessageWriter
    {
        private readonly FileMailStore _store;
        private readonly string _target;
        private readonly int _flags;
        private readonly string _uid;
        private readonly string _tempPath;
        private FileStream _stream;
        private long _size;

        /// <param name="target">The folder an IMAP APPEND goes into, committed with no mailboxes; null for SMTP's.</param>
        public FileMessageWriter(FileMailStore store, string target, int flags, string uid, string tempPath, FileStream stream)
        {
            _store = store;
            _target = target;
            _flags = flags;
            _uid = uid;
            _tempPath = tempPath;
            _stream = stream;
        }

        public StoreResult Append(byte[] buffer, int offset, int count)
        {
            try
            {
                _stream.Write(buffer, offset, count);
                _size += count;
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult Commit(string[] mailboxes, int count)
        {
            if (count == 0)
            {
                return CommitInto(new[] { _target }, 1);
            }
            var folders = StringArrays.New(count);
            for (int i = 0; i < count; i++)
            {
                folders[i] = _store.MailboxFolder(mailboxes[i]);
            }
            return CommitInto(folders, count);
        }

        private StoreResult CommitInto(string[] folders, int count)
        {
            var staged = StringArrays.New(count);
            try
            {
                _stream.Flush();
                _stream.Close();
                _stream = null;
                StableStorage.Sync(_tempPath);
                for (int i = 0; i < count; i++)
                {
                    string folder = folders[i];
                    if (!Directory.Exists(folder))
                    {
                        Directory.CreateDirectory(folder);
                        StableStorage.SyncFolderOf(folder);
                    }
                    string path = Path.Combine(folder, _uid + FileMailStore.TempExtension);
                    if (i == count - 1)
                    {
                        File.Move(_tempPath, path);
                    }
                    else
                    {
                        File.Copy(_tempPath, path);
                        StableStorage.Sync(path);
                    }
                    staged[i] = path;
                }
                string name = MessageFileName.Of(_uid, _size, _flags);
                for (int i = 0; i < count; i++)
                {
                    File.Move(staged[i], Path.Combine(folders[i], name));
                    staged[i] = null;
                }
                // The renames are only kept once each mailbox folder is synced: then the 250 may go.
                for (int i = 0; i < count; i++)
                {
                    StableStorage.Sync(folders[i]);
                }
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                DeleteQuietly(staged);
                Abort();
                return StoreResult.TryLater;
            }
        }

        public void Abort()
        {
            if (_stream != null)
            {
                CloseQuietly();
            }
            DeleteQuietly(new[] { _tempPath });
        }

        private void CloseQuietly()
        {
            try
            {
                _stream.Close();
            }
            catch (System.SystemException)
            {
                // The card is already failing; the temporary file goes at the next start-up.
            }
            _stream = null;
        }

        private static void DeleteQuietly(string[] paths)
        {
            for (int i = 0; i < paths.Length; i++)
            {
                try
                {
                    if (paths[i] != null && File.Exists(paths[i]))
                    {
                        File.Delete(paths[i]);
                    }
                }
                catch (System.SystemException)
                {
                    // Left for the start-up sweep of temporary files.
                }
            }
        }
    }
}
