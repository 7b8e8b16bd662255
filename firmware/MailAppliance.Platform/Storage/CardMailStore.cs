using MailAppliance.Core.Storage;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// The mail store on a removable card: while no usable card is mounted every operation answers
    /// TryLater (SMTP 452, POP3 -ERR) and nothing is lost; when a card arrives, <see cref="TryOpen"/>
    /// brings the mailboxes back without a restart.
    /// </summary>
    public sealed class CardMailStore : IMailStore, IImapStore
    {
        private readonly string _root;
        private FileMailStore _store;

        public CardMailStore(string root)
        {
            _root = root;
        }

        /// <summary>The folder the card is expected at.</summary>
        public string Root
        {
            get { return _root; }
        }

        /// <summary>True while the card's mailboxes can be used.</summary>
        public bool IsAvailable
        {
            get { return _store != null; }
        }

        /// <summary>Why the card cannot be used, for the console ("missing or unreadable", "read-only"); null while it can.</summary>
        public string Problem { get; private set; }

        /// <summary>Opens the mailboxes on the card; false (and still unavailable) when it cannot be used.</summary>
        public bool TryOpen()
        {
            try
            {
                _store = new FileMailStore(_root);
                Problem = null;
                return true;
            }
            catch (System.SystemException)
            {
                _store = null;
                Problem = Readable() ? "read-only" : "missing or unreadable";
                return false;
            }
        }

        private bool Readable()
        {
            try
            {
                System.IO.Directory.GetFiles(_root);
                return true;
            }
            catch (System.SystemException)
            {
                return false;
            }
        }

        /// <summary>The card went away: refuse until it is opened again.</summary>
        public void Close()
        {
            _store = null;
            Problem = "missing or unreadable";
        }

        public StoreResult BeginMessage(out IMessageWriter writer)
        {
            FileMailStore store = _store;
            writer = null;
            return store == null ? StoreResult.TryLater : store.BeginMessage(out writer);
        }

        public StoreResult OpenMailbox(string user, out IMailbox mailbox)
        {
            FileMailStore store = _store;
            mailbox = null;
            return store == null ? StoreResult.TryLater : store.OpenMailbox(user, out mailbox);
        }

        public StoreResult OpenFolder(string user, string folder, out IImapFolder opened)
        {
            FileMailStore store = _store;
            opened = null;
            return store == null ? StoreResult.TryLater : store.OpenFolder(user, folder, out opened);
        }

        public StoreResult MailboxUsage(string user, out int count, out long bytes)
        {
            FileMailStore store = _store;
            count = 0;
            bytes = 0;
            return store == null ? StoreResult.TryLater : store.MailboxUsage(user, out count, out bytes);
        }

        public StoreResult DeleteMailbox(string user)
        {
            FileMailStore store = _store;
            return store == null ? StoreResult.TryLater : store.DeleteMailbox(user);
        }

        public StoreResult ListFolders(string user, out string[] folders)
        {
            FileMailStore store = _store;
            folders = null;
            return store == null ? StoreResult.TryLater : store.ListFolders(user, out folders);
        }

        public StoreResult CreateFolder(string user, string folder)
        {
            FileMailStore store = _store;
            return store == null ? StoreResult.TryLater : store.CreateFolder(user, folder);
        }

        public StoreResult DeleteFolder(string user, string folder)
        {
            FileMailStore store = _store;
            return store == null ? StoreResult.TryLater : store.DeleteFolder(user, folder);
        }

        public StoreResult RenameFolder(string user, string from, string to)
        {
            FileMailStore store = _store;
            return store == null ? StoreResult.TryLater : store.RenameFolder(user, from, to);
        }

        public StoreResult BeginAppend(string user, string folder, int flags, out IMessageWriter writer)
        {
            FileMailStore store = _store;
            writer = null;
            return store == null ? StoreResult.TryLater : store.BeginAppend(user, folder, flags, out writer);
        }

        public StoreResult ReadSubscriptions(string user, out string text)
        {
            FileMailStore store = _store;
            text = null;
            return store == null ? StoreResult.TryLater : store.ReadSubscriptions(user, out text);
        }

        public StoreResult SaveSubscriptions(string user, string text)
        {
            FileMailStore store = _store;
            return store == null ? StoreResult.TryLater : store.SaveSubscriptions(user, text);
        }
    }
}
