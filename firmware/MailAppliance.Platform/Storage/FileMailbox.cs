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
            return _reader.Read(_paths[index], position, buffer, offset, count);
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
            _reader.Release();
        }
    }
}
