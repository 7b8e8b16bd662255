using System.IO;
using MailAppliance.Core.Http;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// A site's file being sent, read through the same unbuffered reader as mail. nanoFramework's
    /// file system gives no modification times, so the ETag's version is the size and a hash of
    /// the first and last card-read of bytes: a change that keeps both and the size is missed
    /// (then a browser keeps its copy until it reloads), a cost two reads make affordable.
    /// </summary>
    internal sealed class FileWebFile : IWebFile
    {
        private const int Sample = 512;

        private readonly string _path;
        private readonly MessageReader _reader = new MessageReader();
        private string _version;

        public FileWebFile(string path)
        {
            _path = path;
            Name = Path.GetFileName(path);
            Length = new FileInfo(path).Length;
        }

        public string Name { get; private set; }

        public long Length { get; private set; }

        public string Version
        {
            get
            {
                if (_version == null)
                {
                    _version = Length.ToString() + "-" + Numbers.ToHex(Hash(), 8);
                }
                return _version;
            }
        }

        public int Read(long position, byte[] buffer, int offset, int count)
        {
            return _reader.Read(_path, position, buffer, offset, count);
        }

        public void Close()
        {
            _reader.Release();
        }

        // FNV-1a over the first and last Sample bytes.
        private long Hash()
        {
            var bytes = new byte[Sample];
            uint hash = 2166136261;
            long[] starts = { 0, Length > Sample ? Length - Sample : 0 };
            for (int s = 0; s < starts.Length; s++)
            {
                int n = Read(starts[s], bytes, 0, bytes.Length);
                for (int i = 0; i < n; i++)
                {
                    hash = (hash ^ bytes[i]) * 16777619;
                }
            }
            return hash;
        }
    }
}
