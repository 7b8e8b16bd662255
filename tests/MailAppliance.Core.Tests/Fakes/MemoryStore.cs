using System;
using System.Collections;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>
    /// An in-memory mail store: mailbox name → messages (<see cref="StoredMessage"/>), in order.
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

        public void Add(string mailbox, string uid, string text) => Box(mailbox).Add(new StoredMessage(uid, Latin1.GetBytes(text)));

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
            writer = BeginOutcome == StoreResult.Accepted ? new Writer(this) : null;
            return BeginOutcome;
        }

        public StoreResult OpenMailbox(string user, out IMailbox mailbox)
        {
            mailbox = OpenOutcome == StoreResult.Accepted ? new Mailbox(this, user) : null;
            return OpenOutcome;
        }

        public StoreResult OpenFolder(string user, string folder, out IImapFolder opened)
        {
            opened = OpenOutcome == StoreResult.Accepted && folder == "INBOX" ? new Folder(this, user) : null;
            return opened == null && OpenOutcome == StoreResult.Accepted ? StoreResult.Refused : OpenOutcome;
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
            return StoreResult.Accepted;
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
            private readonly ByteBuffer _bytes = new ByteBuffer();

            public Writer(MemoryStore store)
            {
                _store = store;
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
                for (int i = 0; i < count; i++)
                {
                    _store.Box(mailboxes[i]).Add(new StoredMessage(uid, _bytes.ToArray()));
                }
                return StoreResult.Accepted;
            }

            public void Abort() => _store.Aborted++;
        }

        // INBOX as IMAP sees it: a snapshot of the mailbox's list, looked at again by Refresh.
        private sealed class Folder : IImapFolder
        {
            private readonly MemoryStore _store;
            private readonly ArrayList _box;
            private readonly ArrayList _seen;

            public Folder(MemoryStore store, string name)
            {
                _store = store;
                _box = store.Box(name);
                _seen = new ArrayList();
                foreach (object message in _box)
                {
                    _seen.Add(message);
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
                    }
                }
                foreach (object message in _box)
                {
                    if (!_seen.Contains(message))
                    {
                        _seen.Add(message);
                    }
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

            public int FlagsOf(int index) => At(index).Flags;

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
                return StoreResult.Accepted;
            }

            public StoreResult Expunge(int index)
            {
                _box.Remove(_seen[index]);
                _seen.RemoveAt(index);
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
