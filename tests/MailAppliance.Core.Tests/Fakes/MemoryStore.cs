using System;
using System.Collections;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>
    /// An in-memory mail store: mailbox name → messages (<see cref="StoredMessage"/>), in order.
    /// A user's INBOX is the mailbox named as the user, another IMAP folder "user/Folder".
    /// Can be told to fail, to test the engines' storage-failure replies.
    /// </summary>
    public sealed class MemoryStore : IMailStore, IImapStore
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _boxes = new ArrayList();
        public StoreResult BeginOutcome = StoreResult.Accepted;
        public StoreResult AppendOutcome = StoreResult.Accepted;
        public StoreResult CommitOutcome = StoreResult.Accepted;
        public StoreResult OpenOutcome = StoreResult.Accepted;
        public StoreResult DeleteOutcome = StoreResult.Accepted;
        public int AppendsBeforeFailure = int.MaxValue;
        public int FailReadAtChunk = -1;
        public int Aborted;
        public int LargestAppend;
        private int _nextUid = 1;
        private readonly ArrayList _folders = new ArrayList();
        // Each mailbox's keywords (an ArrayList of names), by mailbox name, shared by every Folder on it.
        private readonly ArrayList _keywordOwners = new ArrayList();
        private readonly ArrayList _keywordLists = new ArrayList();
        private readonly ArrayList _subscribers = new ArrayList();
        private readonly ArrayList _subscriptions = new ArrayList();
        public StoreResult FolderOutcome = StoreResult.Accepted;

        /// <summary>Stores a message as if delivered: later messages get higher uids, as the card's allocator gives.</summary>
        public void Add(string mailbox, string uid, string text)
        {
            Box(mailbox).Add(new StoredMessage(uid, Latin1.GetBytes(text)));
            long number;
            if (MailAppliance.Core.Text.Numbers.TryParseHex(uid, out number) && number >= _nextUid)
            {
                _nextUid = (int)number + 1;
            }
        }

        public bool HasMailbox(string mailbox) => _names.IndexOf(mailbox) >= 0;

        /// <summary>The messages of <paramref name="mailbox"/> (<see cref="StoredMessage"/>s), created empty when new.</summary>
        public ArrayList Box(string mailbox)
        {
            int i = _names.IndexOf(mailbox);
            if (i < 0)
            {
                _names.Add(mailbox);
                _boxes.Add(new ArrayList());
                i = _names.Count - 1;
            }
            return (ArrayList)_boxes[i];
        }

        public StoredMessage Message(string mailbox, int index) => (StoredMessage)Box(mailbox)[index];

        public string Text(string mailbox, int index) => Latin1.GetString(Message(mailbox, index).Bytes);

        /// <summary>The uids of <paramref name="mailbox"/>, space-separated.</summary>
        public string Uids(string mailbox)
        {
            string uids = "";
            foreach (StoredMessage message in Box(mailbox))
            {
                uids += (uids.Length == 0 ? "" : " ") + message.Uid;
            }
            return uids;
        }

        public StoreResult BeginMessage(out IMessageWriter writer)
        {
            writer = BeginOutcome == StoreResult.Accepted ? new Writer(this, null, 0) : null;
            return BeginOutcome;
        }

        public StoreResult OpenMailbox(string user, out IMailbox mailbox)
        {
            mailbox = OpenOutcome == StoreResult.Accepted ? new Mailbox(this, user) : null;
            return OpenOutcome;
        }

        public StoreResult OpenFolder(string user, string folder, out IImapFolder opened)
        {
            bool exists = folder == "INBOX" || _folders.Contains(user + "/" + folder);
            opened = OpenOutcome == StoreResult.Accepted && exists ? new Folder(this, BoxName(user, folder)) : null;
            return opened == null && OpenOutcome == StoreResult.Accepted ? StoreResult.Refused : OpenOutcome;
        }

        private static string BoxName(string user, string folder) => folder == "INBOX" ? user : user + "/" + folder;

        public StoreResult ListFolders(string user, out string[] folders)
        {
            var names = new ArrayList();
            foreach (string key in _folders)
            {
                if (key.StartsWith(user + "/"))
                {
                    names.Add(key.Substring(user.Length + 1));
                }
            }
            folders = new string[names.Count];
            for (int i = 0; i < folders.Length; i++)
            {
                folders[i] = (string)names[i];
            }
            MailAppliance.Core.Text.StringSort.Sort(folders, folders.Length);
            return OpenOutcome != StoreResult.Accepted ? OpenOutcome : FolderOutcome;
        }

        public StoreResult CreateFolder(string user, string folder)
        {
            if (FolderOutcome != StoreResult.Accepted)
            {
                return FolderOutcome;
            }
            // Parents too, as on the card.
            string[] levels = folder.Split('/');
            string name = "";
            for (int i = 0; i < levels.Length; i++)
            {
                name += (i == 0 ? "" : "/") + levels[i];
                if (!_folders.Contains(user + "/" + name))
                {
                    _folders.Add(user + "/" + name);
                    Box(user + "/" + name);
                }
            }
            return StoreResult.Accepted;
        }

        public StoreResult DeleteFolder(string user, string folder)
        {
            _folders.Remove(user + "/" + folder);
            DeleteMailbox(user + "/" + folder);
            return FolderOutcome;
        }

        public StoreResult RenameFolder(string user, string from, string to)
        {
            if (FolderOutcome != StoreResult.Accepted)
            {
                return FolderOutcome;
            }
            CreateFolder(user, to);
            ArrayList target = Box(user + "/" + to);
            if (from == "INBOX")
            {
                foreach (object message in Box(user))
                {
                    target.Add(message);
                }
                Box(user).Clear();
                return StoreResult.Accepted;
            }
            // The folder and those under it move, messages and all.
            var moving = new ArrayList();
            foreach (string key in _folders)
            {
                if (key == user + "/" + from || key.StartsWith(user + "/" + from + "/"))
                {
                    moving.Add(key);
                }
            }
            foreach (string key in moving)
            {
                string renamed = user + "/" + to + key.Substring(user.Length + 1 + from.Length);
                if (!_folders.Contains(renamed))
                {
                    _folders.Add(renamed);
                }
                foreach (object message in Box(key))
                {
                    Box(renamed).Add(message);
                }
                _folders.Remove(key);
                DeleteMailbox(key);
            }
            return StoreResult.Accepted;
        }

        public StoreResult BeginAppend(string user, string folder, int flags, out IMessageWriter writer)
        {
            writer = BeginOutcome == StoreResult.Accepted ? new Writer(this, BoxName(user, folder), flags) : null;
            return BeginOutcome;
        }

        public StoreResult ReadSubscriptions(string user, out string text)
        {
            int i = _subscribers.IndexOf(user);
            text = i < 0 ? null : (string)_subscriptions[i];
            return FolderOutcome;
        }

        public StoreResult SaveSubscriptions(string user, string text)
        {
            if (FolderOutcome != StoreResult.Accepted)
            {
                return FolderOutcome;
            }
            int i = _subscribers.IndexOf(user);
            if (i < 0)
            {
                _subscribers.Add(user);
                _subscriptions.Add(text);
            }
            else
            {
                _subscriptions[i] = text;
            }
            return StoreResult.Accepted;
        }

        public StoreResult MailboxUsage(string user, out int count, out long bytes)
        {
            var box = Box(user);
            count = box.Count;
            bytes = 0;
            foreach (StoredMessage message in box)
            {
                bytes += message.Bytes.Length;
            }
            return OpenOutcome;
        }

        public StoreResult DeleteMailbox(string user)
        {
            int i = _names.IndexOf(user);
            if (i >= 0)
            {
                _names.RemoveAt(i);
                _boxes.RemoveAt(i);
            }
            return StoreResult.Accepted;
        }

        private sealed class Writer : IMessageWriter
        {
            private readonly MemoryStore _store;
            private readonly string _target;
            private readonly int _flags;
            private readonly ByteBuffer _bytes = new ByteBuffer();

            // target: the mailbox an IMAP APPEND goes into, committed with no mailboxes.
            public Writer(MemoryStore store, string target, int flags)
            {
                _store = store;
                _target = target;
                _flags = flags;
            }

            public StoreResult Append(byte[] buffer, int offset, int count)
            {
                if (count > _store.LargestAppend)
                {
                    _store.LargestAppend = count;
                }
                if (_store.AppendsBeforeFailure-- <= 0)
                {
                    return StoreResult.TryLater;
                }
                if (_store.AppendOutcome == StoreResult.Accepted)
                {
                    _bytes.Append(buffer, offset, count);
                }
                return _store.AppendOutcome;
            }

            public StoreResult Commit(string[] mailboxes, int count)
            {
                if (_store.CommitOutcome != StoreResult.Accepted)
                {
                    return _store.CommitOutcome;
                }
                string uid = MailAppliance.Core.Text.Numbers.ToHex(_store._nextUid++, 8);
                if (count == 0)
                {
                    var message = new StoredMessage(uid, _bytes.ToArray());
                    message.Flags = _flags;
                    _store.Box(_target).Add(message);
                }
                for (int i = 0; i < count; i++)
                {
                    _store.Box(mailboxes[i]).Add(new StoredMessage(uid, _bytes.ToArray()));
                }
                return StoreResult.Accepted;
            }

            public void Abort() => _store.Aborted++;
        }

        private ArrayList KeywordsOf(string mailbox)
        {
            int i = _keywordOwners.IndexOf(mailbox);
            if (i < 0)
            {
                _keywordOwners.Add(mailbox);
                _keywordLists.Add(new ArrayList());
                i = _keywordOwners.Count - 1;
            }
            return (ArrayList)_keywordLists[i];
        }

        // A folder as IMAP sees it: a snapshot of the mailbox's list and flags, as a listing of
        // the card gives, looked at again by Refresh.
        private sealed class Folder : IImapFolder
        {
            private readonly MemoryStore _store;
            private readonly ArrayList _keywords;
            private readonly ArrayList _box;
            private readonly ArrayList _seen;
            private readonly ArrayList _flags = new ArrayList();

            public Folder(MemoryStore store, string name)
            {
                _store = store;
                _keywords = store.KeywordsOf(name);
                _box = store.Box(name);
                _seen = new ArrayList();
                foreach (object message in _box)
                {
                    _seen.Add(message);
                    _flags.Add(((StoredMessage)message).Flags);
                }
            }

            public int[] Refresh()
            {
                var gone = new ArrayList();
                for (int i = _seen.Count - 1; i >= 0; i--)
                {
                    if (!_box.Contains(_seen[i]))
                    {
                        gone.Insert(0, i);
                        _seen.RemoveAt(i);
                        _flags.RemoveAt(i);
                    }
                }
                foreach (object message in _box)
                {
                    if (!_seen.Contains(message))
                    {
                        _seen.Add(message);
                        _flags.Add(0);
                    }
                }
                for (int i = 0; i < _seen.Count; i++)
                {
                    _flags[i] = At(i).Flags;
                }
                var indexes = new int[gone.Count];
                for (int i = 0; i < indexes.Length; i++)
                {
                    indexes[i] = (int)gone[i];
                }
                return indexes;
            }

            public long UidValidity => 1;

            public long UidNext
            {
                get
                {
                    long next = _store._nextUid;
                    for (int i = 0; i < _seen.Count; i++)
                    {
                        next = UidOf(i) >= next ? UidOf(i) + 1 : next;
                    }
                    return next;
                }
            }

            public int Count => _seen.Count;

            public long UidOf(int index)
            {
                long uid;
                MailAppliance.Core.Text.Numbers.TryParseHex(At(index).Uid, out uid);
                return uid;
            }

            public long SizeOf(int index) => At(index).Bytes.Length;

            public int FlagsOf(int index) => (int)_flags[index];

            public string[] Keywords
            {
                get
                {
                    var names = new string[_keywords.Count];
                    for (int i = 0; i < names.Length; i++)
                    {
                        names[i] = (string)_keywords[i];
                    }
                    return names;
                }
            }

            public int KeywordFlag(string name)
            {
                for (int i = 0; i < _keywords.Count; i++)
                {
                    if (((string)_keywords[i]).ToLower() == name.ToLower())
                    {
                        return MessageFlags.Keyword(i);
                    }
                }
                if (_keywords.Count == MessageFlags.MaxKeywords)
                {
                    return 0;
                }
                _keywords.Add(name);
                return MessageFlags.Keyword(_keywords.Count - 1);
            }

            public DateTime ArrivedOf(int index) => new DateTime(2026, 11, 26, 9, 58, 7);

            public int Read(int index, long position, byte[] buffer, int offset, int count)
            {
                byte[] bytes = At(index).Bytes;
                int n = (int)(bytes.Length - position < count ? bytes.Length - position : count);
                Array.Copy(bytes, (int)position, buffer, offset, n);
                return n;
            }

            public StoreResult SetFlags(int index, int flags)
            {
                At(index).Flags = flags;
                _flags[index] = flags;
                return StoreResult.Accepted;
            }

            public StoreResult Expunge(int index)
            {
                _box.Remove(_seen[index]);
                _seen.RemoveAt(index);
                _flags.RemoveAt(index);
                return StoreResult.Accepted;
            }

            public void Release()
            {
            }

            private StoredMessage At(int index) => (StoredMessage)_seen[index];
        }

        private sealed class Mailbox : IMailbox
        {
            private readonly MemoryStore _store;
            private readonly object[] _snapshot;
            private readonly string _name;
            private int _reads;

            public Mailbox(MemoryStore store, string name)
            {
                _store = store;
                _name = name;
                _snapshot = store.Box(name).ToArray();
            }

            public bool Released { get; private set; }

            public int Count => _snapshot.Length;

            public long SizeOf(int index) => At(index).Bytes.Length;

            public string UidOf(int index) => At(index).Uid;

            public int Read(int index, long position, byte[] buffer, int offset, int count)
            {
                if (_reads++ == _store.FailReadAtChunk)
                {
                    return -1;
                }
                byte[] bytes = At(index).Bytes;
                int n = (int)(bytes.Length - position < count ? bytes.Length - position : count);
                Array.Copy(bytes, (int)position, buffer, offset, n);
                return n;
            }

            public StoreResult Delete(bool[] marked)
            {
                if (_store.DeleteOutcome != StoreResult.Accepted)
                {
                    return _store.DeleteOutcome;
                }
                var box = _store.Box(_name);
                for (int i = 0; i < marked.Length; i++)
                {
                    if (marked[i])
                    {
                        box.Remove(_snapshot[i]);
                    }
                }
                return StoreResult.Accepted;
            }

            public void Release() => Released = true;

            private StoredMessage At(int index) => (StoredMessage)_snapshot[index];
        }
    }
}
