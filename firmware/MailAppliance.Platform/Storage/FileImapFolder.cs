using System.IO;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// A mailbox folder on the card as an IMAP session sees it: the messages listed once at
    /// SELECT, in UID order (the names begin with the 8-hex-digit UID), their flags read from the
    /// names; a flag change renames the file (atomic on FAT: the flags a client was told are on
    /// the card). Like <see cref="FileMailbox"/>, it keeps the message being read open between
    /// chunks.
    /// </summary>
    internal sealed class FileImapFolder : IImapFolder
    {
        private readonly string _folder;
        private string[] _paths;
        private long[] _uids;
        private long[] _sizes;
        private int[] _flags;
        // INTERNALDATE's ticks, read from the card at the first FETCH that asks (0: not yet).
        private long[] _arrived;
        private int _count;
        private string[] _keywords;
        private readonly MessageReader _reader = new MessageReader();

        // In each folder: its keywords, one per line; line i is letter 'a' + i in the file names.
        private const string KeywordsFile = "imap.keywords";

        private long _highestGone;

        /// <param name="paths">The message files, in UID order.</param>
        public FileImapFolder(string folder, string[] paths, long uidValidity)
        {
            _folder = folder;
            _keywords = ReadKeywords();
            _highestGone = HighestUid.Read(folder);
            Load(paths);
            UidValidity = uidValidity;
        }

        // The messages as listed: paths, UIDs, sizes and flags from the names.
        private void Load(string[] paths)
        {
            _paths = paths;
            _count = paths.Length;
            _uids = new long[_count];
            _sizes = new long[_count];
            _flags = new int[_count];
            _arrived = new long[_count];
            for (int i = 0; i < _count; i++)
            {
                _uids[i] = UidOfPath(paths[i]);
                _sizes[i] = FileMailStore.SizeOf(paths[i]);
                _flags[i] = MessageFileName.FlagsOf(Path.GetFileName(paths[i]));
            }
        }

        public int[] Refresh()
        {
            Release();
            string[] listed;
            try
            {
                // A folder deleted by another session is seen as emptied.
                listed = Directory.Exists(_folder) ? FileMailStore.MessagesIn(Directory.GetFiles(_folder)) : new string[0];
            }
            catch (System.SystemException)
            {
                return null;
            }
            long last = _count == 0 ? 0 : _uids[_count - 1];
            var gone = new int[_count];
            int goneCount = 0;
            var kept = StringArrays.New(listed.Length);
            int keptCount = 0;
            int j = 0;
            for (int i = 0; i < _count; i++)
            {
                long uid = _uids[i];
                while (j < listed.Length && UidOfPath(listed[j]) < uid)
                {
                    j++; // A smaller UID not seen before (copied in by hand): it waits for the next SELECT.
                }
                if (j < listed.Length && UidOfPath(listed[j]) == uid)
                {
                    kept[keptCount++] = listed[j++];
                }
                else
                {
                    gone[goneCount++] = i;
                }
            }
            for (; j < listed.Length; j++)
            {
                if (UidOfPath(listed[j]) > last)
                {
                    kept[keptCount++] = listed[j];
                }
            }
            _keywords = ReadKeywords();
            try
            {
                _highestGone = HighestUid.Read(_folder);
            }
            catch (System.SystemException)
            {
                // Kept from before: UIDNEXT never goes back.
            }
            Load(StringArrays.Resize(kept, keptCount));
            var result = new int[goneCount];
            System.Array.Copy(gone, result, goneCount);
            return result;
        }

        private static long UidOfPath(string path)
        {
            long uid;
            Numbers.TryParseHex(MessageFileName.UidOf(Path.GetFileName(path)), out uid);
            return uid;
        }

        public long UidValidity { get; private set; }

        public long UidNext
        {
            get
            {
                long highest = _count == 0 ? 0 : _uids[_count - 1];
                return (highest > _highestGone ? highest : _highestGone) + 1;
            }
        }

        public int Count
        {
            get { return _count; }
        }

        public long UidOf(int index)
        {
            return _uids[index];
        }

        public long SizeOf(int index)
        {
            return _sizes[index];
        }

        public int FlagsOf(int index)
        {
            return _flags[index];
        }

        public string[] Keywords
        {
            get { return _keywords; }
        }

        public int KeywordFlag(string name)
        {
            for (int i = 0; i < _keywords.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(_keywords[i], name))
                {
                    return MessageFlags.Keyword(i);
                }
            }
            if (_keywords.Length == MessageFlags.MaxKeywords)
            {
                return 0;
            }
            string[] more = StringArrays.Resize(_keywords, _keywords.Length + 1);
            more[_keywords.Length] = name;
            string text = "";
            for (int i = 0; i < more.Length; i++)
            {
                text += more[i] + "\n";
            }
            try
            {
                AtomicFile.Write(Path.Combine(_folder, KeywordsFile), Ascii.GetBytes(text));
            }
            catch (System.SystemException)
            {
                return 0;
            }
            _keywords = more;
            return MessageFlags.Keyword(more.Length - 1);
        }

        // The folder's keywords as kept on the card (none when the file is missing or unreadable).
        private string[] ReadKeywords()
        {
            byte[] saved;
            try
            {
                saved = AtomicFile.Read(Path.Combine(_folder, KeywordsFile));
            }
            catch (System.SystemException)
            {
                saved = null;
            }
            if (saved == null)
            {
                return StringArrays.New(0);
            }
            string[] lines = Ascii.GetString(saved, 0, saved.Length).Split('\n');
            var keywords = StringArrays.New(lines.Length);
            int count = 0;
            for (int i = 0; i < lines.Length && count < MessageFlags.MaxKeywords; i++)
            {
                string keyword = lines[i].Trim();
                if (keyword.Length > 0)
                {
                    keywords[count++] = keyword;
                }
            }
            return StringArrays.Resize(keywords, count);
        }

        public System.DateTime ArrivedOf(int index)
        {
            if (_arrived[index] == 0)
            {
                var head = new byte[ArrivalDate.HeadBytes];
                int n = Read(index, 0, head, 0, head.Length);
                System.DateTime utc;
                // A message with no readable Received: line (copied onto the card by hand) gets the Unix epoch.
                _arrived[index] = (n > 0 && ArrivalDate.TryRead(head, n, out utc) ? utc : new System.DateTime(1970, 1, 1)).Ticks;
            }
            return new System.DateTime(_arrived[index]);
        }

        public int Read(int index, long position, byte[] buffer, int offset, int count)
        {
            return _reader.Read(_paths[index], position, buffer, offset, count);
        }

        public StoreResult SetFlags(int index, int flags)
        {
            Release();
            string renamed = Path.Combine(_folder, MessageFileName.Of(MessageFileName.UidOf(Path.GetFileName(_paths[index])), _sizes[index], flags));
            try
            {
                File.Move(_paths[index], renamed);
                // The client is told the new flags next: the rename must survive a power cut first.
                StableStorage.Sync(_folder);
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
            _paths[index] = renamed;
            _flags[index] = flags;
            return StoreResult.Accepted;
        }

        public StoreResult Expunge(int index)
        {
            Release();
            try
            {
                if (index == _count - 1)
                {
                    HighestUid.Raise(_folder, _uids[index]);
                    _highestGone = _uids[index] > _highestGone ? _uids[index] : _highestGone;
                }
                File.Delete(_paths[index]);
                StableStorage.Sync(_folder);
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
            _count--;
            System.Array.Copy(_paths, index + 1, _paths, index, _count - index);
            System.Array.Copy(_uids, index + 1, _uids, index, _count - index);
            System.Array.Copy(_sizes, index + 1, _sizes, index, _count - index);
            System.Array.Copy(_flags, index + 1, _flags, index, _count - index);
            System.Array.Copy(_arrived, index + 1, _arrived, index, _count - index);
            return StoreResult.Accepted;
        }

        public void Release()
        {
            _reader.Release();
        }
    }
}
