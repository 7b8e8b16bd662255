using System.IO;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// Reads stored messages for a session, keeping the one being read open between chunks, so a
    /// RETR or a FETCH opens its file once. Unbuffered (<see cref="FileMailStore.StreamBufferSize"/>).
    /// </summary>
    internal sealed class MessageReader
    {
        private FileStream _open;
        private string _openPath;

        /// <summary>Reads up to <paramref name="count"/> bytes of <paramref name="path"/> from <paramref name="position"/>; 0 at the end, -1 when the card fails.</summary>
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            try
            {
                if (_openPath != path)
                {
                    Release();
                    _open = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileMailStore.StreamBufferSize);
                    _openPath = path;
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

        /// <summary>Closes the file held open, before it is renamed or deleted, or when the session is done.</summary>
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
                    // Only read through this stream; closing cannot lose data.
                }
                _open = null;
                _openPath = null;
            }
        }
    }
}
