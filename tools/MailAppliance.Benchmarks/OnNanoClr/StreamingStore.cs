using MailAppliance.Core.Storage;

namespace MailAppliance.Benchmarks.OnNanoClr
{
    /// <summary>
    /// A mail store that holds nothing in RAM, as the SD card store does not: delivered bytes are
    /// counted and dropped, and every mailbox holds one message of <see cref="MessageBytes"/>
    /// generated as it is read (100-byte CRLF lines).
    /// </summary>
    public sealed class StreamingStore : IMailStore
    {
        public readonly long MessageBytes;
        public long Delivered;

        /// <summary>Called once per chunk read, with the position reached (the scenario steps in here, mid-RETR).</summary>
        public ReadHook OnRead;

        public delegate void ReadHook(string mailbox, long position);

        public StreamingStore(long messageBytes)
        {
            MessageBytes = messageBytes;
        }

        public StoreResult BeginMessage(out IMessageWriter writer)
        {
            writer = new CountingWriter(this);
            return StoreResult.Accepted;
        }

        public StoreResult OpenMailbox(string user, out IMailbox mailbox)
        {
            mailbox = new GeneratedMailbox(this, user);
            return StoreResult.Accepted;
        }

        public StoreResult MailboxUsage(string user, out int count, out long bytes)
        {
            count = 1;
            bytes = MessageBytes;
            return StoreResult.Accepted;
        }

        public StoreResult DeleteMailbox(string user) => StoreResult.Accepted;

        private sealed class CountingWriter : IMessageWriter
        {
            private readonly StreamingStore _store;

            public CountingWriter(StreamingStore store)
            {
                _store = store;
            }

            public StoreResult Append(byte[] buffer, int offset, int count)
            {
                _store.Delivered += count;
                return StoreResult.Accepted;
            }

            public StoreResult Commit(string[] mailboxes, int count) => StoreResult.Accepted;

            public void Abort()
            {
            }
        }

        private sealed class GeneratedMailbox : IMailbox
        {
            private readonly StreamingStore _store;
            private readonly string _name;

            public GeneratedMailbox(StreamingStore store, string name)
            {
                _store = store;
                _name = name;
            }

            public int Count => 1;

            public long SizeOf(int index) => _store.MessageBytes;

            public string UidOf(int index) => "00000001";

            public int Read(int index, long position, byte[] buffer, int offset, int count)
            {
                long left = _store.MessageBytes - position;
                int n = left < count ? (int)left : count;
                for (int i = 0; i < n; i++)
                {
                    long at = position + i;
                    int column = (int)(at % 100);
                    buffer[offset + i] = column == 98 ? (byte)'\r' : column == 99 ? (byte)'\n' : (byte)('a' + column % 26);
                }
                if (_store.OnRead != null && n > 0)
                {
                    _store.OnRead(_name, position + n);
                }
                return n;
            }

            public StoreResult Delete(bool[] marked) => StoreResult.Accepted;

            public void Release()
            {
            }
        }
    }
}
