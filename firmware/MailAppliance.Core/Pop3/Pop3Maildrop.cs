using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Pop3
{
    /// <summary>
    /// A logged-in session's maildrop (RFC 1939 §5): the mailbox as it was at login, numbered
    /// from 1, and which messages are marked deleted. Only QUIT's UPDATE state (§6) removes them.
    /// </summary>
    internal sealed class Pop3Maildrop
    {
        private readonly IMailbox _mailbox;
        private readonly bool[] _deleted;

        public Pop3Maildrop(IMailbox mailbox)
        {
            _mailbox = mailbox;
            _deleted = new bool[mailbox.Count];
        }

        /// <summary>The messages, for their sizes, uids and bytes.</summary>
        public IMailbox Mailbox
        {
            get { return _mailbox; }
        }

        /// <summary>Messages in the maildrop, deleted ones included (the highest message number).</summary>
        public int Count
        {
            get { return _deleted.Length; }
        }

        public bool IsDeleted(int index)
        {
            return _deleted[index];
        }

        /// <summary>DELE: marks a message.</summary>
        public void Delete(int index)
        {
            _deleted[index] = true;
        }

        /// <summary>RSET: unmarks every message.</summary>
        public void Reset()
        {
            System.Array.Clear(_deleted, 0, _deleted.Length);
        }

        /// <summary>Messages not marked deleted.</summary>
        public int LiveCount
        {
            get { return _deleted.Length - MarkedCount; }
        }

        /// <summary>Their octets, as STAT and LIST count them.</summary>
        public long LiveSize
        {
            get
            {
                long total = 0;
                for (int i = 0; i < _deleted.Length; i++)
                {
                    if (!_deleted[i])
                    {
                        total += _mailbox.SizeOf(i);
                    }
                }
                return total;
            }
        }

        /// <summary>Messages marked deleted.</summary>
        public int MarkedCount
        {
            get
            {
                int marked = 0;
                for (int i = 0; i < _deleted.Length; i++)
                {
                    if (_deleted[i])
                    {
                        marked++;
                    }
                }
                return marked;
            }
        }

        /// <summary>
        /// Sends message <paramref name="index"/> through <paramref name="stuffer"/>, whose first
        /// <paramref name="read"/> bytes are already in <paramref name="buffer"/>, reading the card a
        /// buffer at a time until the end or TOP's line limit. False when the card failed part-way.
        /// </summary>
        public bool Stream(int index, byte[] buffer, int read, DotStuffingWriter stuffer)
        {
            long position = 0;
            while (read > 0 && stuffer.Write(buffer, 0, read))
            {
                position += read;
                read = _mailbox.Read(index, position, buffer, 0, buffer.Length);
            }
            return read >= 0;
        }

        /// <summary>UPDATE: removes the marked messages; Accepted when there were none or all are gone.</summary>
        public StoreResult Update()
        {
            return MarkedCount == 0 ? StoreResult.Accepted : _mailbox.Delete(_deleted);
        }
    }
}
