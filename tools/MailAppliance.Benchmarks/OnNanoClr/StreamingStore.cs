using MailAppliance.Core.Storage;

namespace MailAppliance.Benchmarks.OnNanoClr
{
    /// <summary>
    /// A mail store that holds nothing in RAM, as the SD card store does not: delivered bytes are
    /// counted and dropped, and every mailbox (and IMAP's INBOX) holds one message of
    /// <see cref="MessageBytes"/> generated as it is read (100-byte CRLF lines). Every user has
    /// the special-use folders, empty.
    /// </summary>
    public sealed class StreamingStore : IImapStore
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

        public StoreResult OpenFolder(string user, string folder, out IImapFolder opened)
        {
            opened = new GeneratedFolder(new GeneratedMailbox(this, user), folder == "INBOX" ? 1 : 0);
            return StoreResult.Accepted;
        }

        public StoreResult ListFolders(string user, out string[] folders)
        {
            folders = new string[] { "Drafts", "Junk", "Sent", "Trash" };
            return StoreResult.Accepted;
        }

        public StoreResult CreateFolder(string user, string folder) => StoreResult.Accepted;

        public StoreResult DeleteFolder(string user, string folder) => StoreResult.Accepted;

        public StoreResult RenameFolder(string user, string from, string to) => StoreResult.Accepted;

        public StoreResult BeginAppend(string user, string folder, int flags, out IMessageWriter writer) => BeginMessage(out writer);

        public StoreResult ReadSubscriptions(string user, out string text)
        {
            text = null;
            return StoreResult.Accepted;
        }

        public StoreResult SaveSubscriptions(string user, string text) => StoreResult.Accepted;

        // INBOX as IMAP sees it: the generated message, unseen; other folders empty.
        private sealed class GeneratedFolder : IImapFolder
        {
            private readonly GeneratedMailbox _mailbox;
            private readonly int _count;

            public GeneratedFolder(GeneratedMailbox mailbox, int count)
            {
                _mailbox = mailbox;
                _count = count;
            }

            public long UidValidity => 1;

            public long UidNext => 2;

            public int Count => _count;

            public long UidOf(int index) => 1;

            public long SizeOf(int index) => _mailbox.SizeOf(index);

            public int FlagsOf(int index) => 0;

            public string[] Keywords => MailAppliance.Core.Text.StringArrays.New(0);

            public int KeywordFlag(string name) => 0;

            public System.DateTime ArrivedOf(int index) => new System.DateTime(2026, 12, 3);

            public int Read(int index, long position, byte[] buffer, int offset, int count) => _mailbox.Read(index, position, buffer, offset, count);

            public StoreResult SetFlags(int index, int flags) => StoreResult.Accepted;

            public StoreResult Expunge(int index) => StoreResult.Accepted;

            public int[] Refresh() => new int[0];

            public void Release()
            {
            }
        }

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
