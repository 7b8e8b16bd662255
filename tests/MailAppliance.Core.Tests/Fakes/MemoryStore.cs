using System.Collections.Generic;
using System.Linq;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Tests.Fakes;

/// <summary>
/// An in-memory mail store: mailbox name → messages (uid, bytes), in order. Can be told to
/// fail, to test the engines' storage-failure replies.
/// </summary>
public sealed class MemoryStore : IMailStore
{
    public Dictionary<string, List<(string Uid, byte[] Bytes)>> Mailboxes { get; } = new();
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

    public void Add(string mailbox, string uid, string text)
    {
        Box(mailbox).Add((uid, System.Text.Encoding.Latin1.GetBytes(text)));
    }

    public List<(string Uid, byte[] Bytes)> Box(string mailbox)
    {
        if (!Mailboxes.TryGetValue(mailbox, out var box))
        {
            Mailboxes[mailbox] = box = new();
        }
        return box;
    }

    public string Text(string mailbox, int index) => System.Text.Encoding.Latin1.GetString(Box(mailbox)[index].Bytes);

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

    public StoreResult MailboxUsage(string user, out int count, out long bytes)
    {
        var box = Box(user);
        count = box.Count;
        bytes = box.Sum(m => (long)m.Bytes.Length);
        return StoreResult.Accepted;
    }

    public StoreResult DeleteMailbox(string user)
    {
        Mailboxes.Remove(user);
        return StoreResult.Accepted;
    }

    private sealed class Writer : IMessageWriter
    {
        private readonly MemoryStore _store;
        private readonly List<byte> _bytes = new();

        public Writer(MemoryStore store) => _store = store;

        public StoreResult Append(byte[] buffer, int offset, int count)
        {
            _store.LargestAppend = System.Math.Max(_store.LargestAppend, count);
            if (_store.AppendsBeforeFailure-- <= 0)
            {
                return StoreResult.TryLater;
            }
            if (_store.AppendOutcome == StoreResult.Accepted)
            {
                _bytes.AddRange(buffer.Skip(offset).Take(count));
            }
            return _store.AppendOutcome;
        }

        public StoreResult Commit(string[] mailboxes, int count)
        {
            if (_store.CommitOutcome != StoreResult.Accepted)
            {
                return _store.CommitOutcome;
            }
            string uid = (_store._nextUid++).ToString("x8");
            for (int i = 0; i < count; i++)
            {
                _store.Box(mailboxes[i]).Add((uid, _bytes.ToArray()));
            }
            return StoreResult.Accepted;
        }

        public void Abort() => _store.Aborted++;
    }

    private sealed class Mailbox : IMailbox
    {
        private readonly MemoryStore _store;
        private readonly List<(string Uid, byte[] Bytes)> _snapshot;
        private readonly string _name;
        private int _reads;

        public Mailbox(MemoryStore store, string name)
        {
            _store = store;
            _name = name;
            _snapshot = store.Box(name).ToList();
        }

        public bool Released { get; private set; }
        public int Count => _snapshot.Count;
        public long SizeOf(int index) => _snapshot[index].Bytes.Length;
        public string UidOf(int index) => _snapshot[index].Uid;

        public int Read(int index, long position, byte[] buffer, int offset, int count)
        {
            if (_reads++ == _store.FailReadAtChunk)
            {
                return -1;
            }
            byte[] bytes = _snapshot[index].Bytes;
            int n = (int)System.Math.Min(count, bytes.Length - position);
            System.Array.Copy(bytes, position, buffer, offset, n);
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
    }
}
