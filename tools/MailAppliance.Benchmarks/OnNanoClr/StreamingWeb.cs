using MailAppliance.Core.Http;
using MailAppliance.Core.Storage;

namespace MailAppliance.Benchmarks.OnNanoClr
{
    /// <summary>A web site that holds nothing in RAM: every path is one file of <see cref="FileBytes"/> generated as it is read.</summary>
    public sealed class StreamingWeb : IWebContent
    {
        public readonly long FileBytes;

        /// <summary>Called once per chunk read, with the host asked for and the position reached.</summary>
        public StreamingStore.ReadHook OnRead;

        public StreamingWeb(long fileBytes)
        {
            FileBytes = fileBytes;
        }

        public StoreResult Open(string host, string[] names, bool folder, out IWebFile file, out bool isFolder)
        {
            isFolder = false;
            file = new GeneratedFile(this, host);
            return StoreResult.Accepted;
        }

        private sealed class GeneratedFile : IWebFile
        {
            private readonly StreamingWeb _web;
            private readonly string _host;

            public GeneratedFile(StreamingWeb web, string host)
            {
                _web = web;
                _host = host;
            }

            public string Name => "big.pdf";

            public long Length => _web.FileBytes;

            public string Version => "1";

            public int Read(long position, byte[] buffer, int offset, int count)
            {
                long left = _web.FileBytes - position;
                int n = left < count ? (int)left : count;
                for (int i = 0; i < n; i++)
                {
                    buffer[offset + i] = (byte)('a' + (int)((position + i) % 26));
                }
                if (_web.OnRead != null && n > 0)
                {
                    _web.OnRead(_host, position + n);
                }
                return n;
            }

            public void Close()
            {
            }
        }
    }
}
