using System.IO;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// Mailboxes as folders of .eml files on the SD card (or a PC folder):
    /// <c>mail/&lt;user&gt;/&lt;uid&gt;,S=&lt;size&gt;.eml</c> (<see cref="MessageFileName"/>), with
    /// messages being received in <c>tmp/</c>. Uids are 8 hex digits: names stay short and FAT-safe.
    /// Storage faults are caught as SystemException: the device reports them as IOException,
    /// a PC as IOException or UnauthorizedAccessException (which nanoFramework lacks).
    /// </summary>
    public sealed class FileMailStore : IMailStore, IImapStore
    {
        // In each mailbox folder: its UIDVALIDITY (RFC 3501 §2.3.1.1), made once.
        internal const string UidValidityFile = "imap.uidvalidity";

        // In each user's mailbox folder: the IMAP folders the user subscribed to, one per line.
        private const string SubscriptionsFile = "imap.subscriptions";

        public const string TempExtension = ".tmp";

        /// <summary>
        /// Message files are unbuffered (in .NET, a buffer size of 1 means none): the engines
        /// move whole chunks already (<see cref="IoSizes"/>), so each of their reads and writes is
        /// one call to the card, on the PC as on the board, whose FAT driver keeps no buffer of its
        /// own (DIRECT_IO). .NET's default would add 4 KB per open message.
        /// </summary>
        public const int StreamBufferSize = 1;

        private readonly string _mailRoot;
        private readonly string _tempRoot;
        private readonly UidAllocator _uids;

        /// <summary>
        /// Opens the store under <paramref name="root"/>, creating its folders and removing
        /// temporary files a power cut or crash left behind (never visible as messages).
        /// Throws IOException when the card is not usable at all.
        /// </summary>
        public FileMailStore(string root)
        {
            _mailRoot = Path.Combine(root, "mail");
            _tempRoot = Path.Combine(root, "tmp");
            Directory.CreateDirectory(_mailRoot);
            Directory.CreateDirectory(_tempRoot);
            ProbeWrite(_tempRoot);
            long highest = RemoveStaleFilesAndFindHighestUid();
            _uids = new UidAllocator(Path.Combine(root, "uid.nxt"), highest);
        }

        /// <summary>
        /// Writes and removes a file: a write-protected card (the SD card's lock switch) lists
        /// and reads fine and would only fail at the first delivery. Throws IOException.
        /// </summary>
        private static void ProbeWrite(string folder)
        {
            string probe = Path.Combine(folder, "probe" + TempExtension);
            using (var stream = new FileStream(probe, FileMode.Create, FileAccess.Write))
            {
                stream.WriteByte(0);
            }
            File.Delete(probe);
        }

        /// <summary>The folder holding a user's messages.</summary>
        public string MailboxFolder(string user)
        {
            return Path.Combine(_mailRoot, user);
        }

        public StoreResult BeginMessage(out IMessageWriter writer)
        {
            writer = null;
            try
            {
                string uid = _uids.Next();
                string path = Path.Combine(_tempRoot, uid + TempExtension);
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, StreamBufferSize);
                writer = new FileMessageWriter(this, null, 0, uid, path, stream);
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult OpenMailbox(string user, out IMailbox mailbox)
        {
            mailbox = null;
            try
            {
                string folder = MailboxFolder(user);
                string[] files = Directory.Exists(folder) ? Directory.GetFiles(folder) : new string[0];
                mailbox = new FileMailbox(MessagesIn(files));
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        /// <summary>
        /// A folder for IMAP (<see cref="UserFolders"/>). UIDs are the store's message numbers,
        /// which only grow, so UIDVALIDITY is made once per folder (from the same counter, so a
        /// folder made again gets a new one) and kept in it. UIDNEXT is one past the folder's
        /// highest UID, present or gone (<see cref="HighestUid"/>).
        /// </summary>
        public StoreResult OpenFolder(string user, string folder, out IImapFolder opened)
        {
            opened = null;
            try
            {
                string path = UserFolders.PathOf(MailboxFolder(user), folder);
                if (folder == "INBOX")
                {
                    Directory.CreateDirectory(path);
                }
                else if (!Directory.Exists(path))
                {
                    return StoreResult.Refused;
                }
                opened = new FileImapFolder(path, MessagesIn(Directory.GetFiles(path)), UidValidity(path));
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult ListFolders(string user, out string[] folders)
        {
            folders = null;
            try
            {
                folders = UserFolders.List(MailboxFolder(user));
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult CreateFolder(string user, string folder)
        {
            try
            {
                string path = UserFolders.PathOf(MailboxFolder(user), folder);
                Directory.CreateDirectory(path);
                UidValidity(path);
                StableStorage.SyncFolderOf(path);
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult DeleteFolder(string user, string folder)
        {
            try
            {
                UserFolders.Delete(UserFolders.PathOf(MailboxFolder(user), folder));
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult RenameFolder(string user, string from, string to)
        {
            try
            {
                string mailbox = MailboxFolder(user);
                string target = UserFolders.PathOf(mailbox, to);
                Directory.CreateDirectory(Path.GetDirectoryName(target));
                if (from == "INBOX")
                {
                    UserFolders.MoveMessages(mailbox, target);
                    return StoreResult.Accepted;
                }
                string source = UserFolders.PathOf(mailbox, from);
                Directory.Move(source, target);
                StableStorage.SyncFolderOf(source);
                StableStorage.SyncFolderOf(target);
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult BeginAppend(string user, string folder, int flags, out IMessageWriter writer)
        {
            writer = null;
            try
            {
                string uid = _uids.Next();
                string path = Path.Combine(_tempRoot, uid + TempExtension);
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, StreamBufferSize);
                writer = new FileMessageWriter(this, UserFolders.PathOf(MailboxFolder(user), folder), flags, uid, path, stream);
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult ReadSubscriptions(string user, out string text)
        {
            text = null;
            try
            {
                byte[] saved = AtomicFile.Read(Path.Combine(MailboxFolder(user), SubscriptionsFile));
                text = saved == null ? null : Ascii.GetString(saved, 0, saved.Length);
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult SaveSubscriptions(string user, string text)
        {
            try
            {
                string mailbox = MailboxFolder(user);
                Directory.CreateDirectory(mailbox);
                AtomicFile.Write(Path.Combine(mailbox, SubscriptionsFile), Ascii.GetBytes(text));
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        private long UidValidity(string mailbox)
        {
            string file = Path.Combine(mailbox, UidValidityFile);
            byte[] saved = AtomicFile.Read(file);
            long value;
            if (saved != null && Numbers.TryParse(Ascii.GetString(saved, 0, saved.Length).Trim(), out value) && value > 0)
            {
                return value;
            }
            value = _uids.Peek();
            AtomicFile.Write(file, Ascii.GetBytes(value.ToString()));
            return value;
        }

        public StoreResult MailboxUsage(string user, out int count, out long bytes)
        {
            count = 0;
            bytes = 0;
            try
            {
                string folder = MailboxFolder(user);
                string[] files = Directory.Exists(folder) ? MessagesIn(Directory.GetFiles(folder)) : new string[0];
                for (int i = 0; i < files.Length; i++)
                {
                    bytes += SizeOf(files[i]);
                }
                count = files.Length;
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        public StoreResult DeleteMailbox(string user)
        {
            try
            {
                string folder = MailboxFolder(user);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, true);
                }
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }

        /// <summary>The .eml files among <paramref name="files"/>, oldest (lowest uid) first.</summary>
        internal static string[] MessagesIn(string[] files)
        {
            int count = 0;
            var messages = StringArrays.New(files.Length);
            for (int i = 0; i < files.Length; i++)
            {
                if (MessageFileName.IsMessage(files[i]))
                {
                    messages[count++] = files[i];
                }
            }
            string[] result = StringArrays.Resize(messages, count);
            // Names are the 8-hex-digit uids, so name order is delivery order (RFC 1939 numbering).
            StringSort.Sort(result, count);
            return result;
        }

        /// <summary>A message file's size: from its name, or from the card when the name has none.</summary>
        internal static long SizeOf(string path)
        {
            long size = MessageFileName.SizeOf(Path.GetFileName(path));
            return size >= 0 ? size : new FileInfo(path).Length;
        }

        private long RemoveStaleFilesAndFindHighestUid()
        {
            string[] temps = Directory.GetFiles(_tempRoot);
            for (int i = 0; i < temps.Length; i++)
            {
                File.Delete(temps[i]);
            }
            return SweepFolders(_mailRoot, 0);
        }

        // Every mailbox and IMAP folder below <paramref name="folder"/>: half-delivered ".tmp" files
        // removed, the highest UID found.
        private static long SweepFolders(string folder, long highest)
        {
            string[] children = Directory.GetDirectories(folder);
            for (int b = 0; b < children.Length; b++)
            {
                string[] files = Directory.GetFiles(children[b]);
                for (int i = 0; i < files.Length; i++)
                {
                    if (files[i].EndsWith(TempExtension))
                    {
                        File.Delete(files[i]);
                        continue;
                    }
                    long uid;
                    if (MessageFileName.IsMessage(files[i]) && Numbers.TryParseHex(MessageFileName.UidOf(Path.GetFileName(files[i])), out uid) && uid > highest)
                    {
                        highest = uid;
                    }
                }
                highest = SweepFolders(children[b], highest);
            }
            return highest;
        }
    }
}
