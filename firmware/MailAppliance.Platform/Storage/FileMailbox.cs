using System.IO;
using MailAppliance.Core.Storage;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// A POP3 session's snapshot of one mailbox folder. Keeps the message being read open
    /// between chunks, so a RETR opens its file once. A message IMAP renamed meanwhile (a flag
    /// change) is found again by its UID.
    /// </summary>
    internal sealed class FileMailbox : IMailbox
    {
        private readonly string[] _paths;
        private readonly long[] _sizes;
        private readonly MessageReader _reader = new MessageReader();

        /// <param name="paths">The message files, oldest first.</param>
        public FileMailbox(string[] paths)
        {
            _paths = paths;
            _sizes = new long[paths.Length];
            for (int i = 0; i < paths.Length; i++)
            {
                _sizes[i] = FileMailStore.SizeOf(paths[i]);
            }
        }

        public int Count
        {
            get { return _paths.Length; }
        }

        public long SizeOf(int index)
        {
            return _sizes[index];
        }

        public string UidOf(int index)
        {
            return MessageFileName.UidOf(Path.GetFileName(_paths[index]));
        }

        public int Read(int index, long position, byte[] buffer, int offset, int count)
        {
            int n = _reader.Read(_paths[index], position, buffer, offset, count);
            return n < 0 && Relocate(index) ? _reader.Read(_paths[index], position, buffer, offset, count) : n;
        }

        public StoreResult Delete(bool[] marked)
        {
            Release();
            bool allGone = true;
            if (!KeepHighestUid(marked))
            {
                return StoreResult.TryLater;
            }
            for (int i = 0; i < marked.Length; i++)
            {
                if (!marked[i])
                {
                    continue;
                }
                try
                {
                    // File.Delete says nothing of a name that is gone: a renamed message is found first.
                    if (File.Exists(_paths[i]) || Relocate(i))
                    {
                        File.Delete(_paths[i]);
                    }
                }
                catch (System.SystemException)
                {
                    allGone = false;
                }
            }
            return allGone ? StoreResult.Accepted : StoreResult.TryLater;
        }

        public void Release()
        {
            _reader.Release();
        }

        // The newest message's UID is kept before it goes, so IMAP's UIDNEXT does not go back (HighestUid).
        private bool KeepHighestUid(bool[] marked)
        {
            int last = _paths.Length - 1;
            if (last < 0 || !marked[last])
            {
                return true;
            }
            long uid;
            Core.Text.Numbers.TryParseHex(UidOf(last), out uid);
            try
            {
                HighestUid.Raise(Path.GetDirectoryName(_paths[last]), uid);
                return true;
            }
            catch (System.SystemException)
            {
                return false;
            }
        }

        // IMAP renames a message when its flags change (MessageFileName): the snapshot finds it
        // again by its UID, as Dovecot keeps POP3 and IMAP on one maildir. False when it is gone.
        private bool Relocate(int index)
        {
            try
            {
                string uid = UidOf(index);
                string[] files = Directory.GetFiles(Path.GetDirectoryName(_paths[index]));
                for (int i = 0; i < files.Length; i++)
                {
                    string name = Path.GetFileName(files[i]);
                    if (MessageFileName.IsMessage(name) && MessageFileName.UidOf(name) == uid)
                    {
                        _paths[index] = files[i];
                        return true;
                    }
                }
            }
            catch (System.SystemException)
            {
                // The card is gone too: the caller reports the failure.
            }
            return false;
        }
    }
}
