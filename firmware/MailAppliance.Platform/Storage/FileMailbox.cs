using System.IO;
using MailAppliance.Core.Storage;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// A POP3 session's snapshot of one mailbox folder. Keeps the message being read open
    /// between chunks, so a RETR opens its file once.
    /// </summary>
    internal sealed class FileMailbox : IMailbox
    {
        private readonly string[] _paths;
        private readonly long[] _sizes;
        private FileStream _open;
        private int _openIndex = -1;

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
            try
            {
                if (_openIndex != index)
                {
                    Release();
                    _open = new FileStream(_paths[index], FileMode.Open, FileAccess.Read, FileShare.Read, FileMailStore.StreamBufferSize);
                    _openIndex = index;
                }
                if (_open.Position != position)
                {
                    _open.Seek(position, SeekOrigin.Begin);
                }
                return _open.Read(buffer, offset, count);
            }
            catch (System.SystemException)
            {
                Release();
                return -1;
            }
        }

        public StoreResult Delete(bool[] marked)
        {
            Release();
            bool allGone = true;
            for (int i = 0; i < marked.Length; i++)
            {
                if (!marked[i])
                {
                    continue;
                }
                try
                {
                    File.Delete(_paths[i]);
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
            if (_open != null)
            {
                try
                {
                    _open.Close();
                }
                catch (System.SystemException)
                {
                    // Nothing was written through this stream; closing cannot lose data.
                }
                _open = null;
                _openIndex = -1;
            }
        }
    }
}
