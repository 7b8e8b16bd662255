using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The commands on a selected mailbox (RFC 3501 §6.4): FETCH and STORE by message number or
    /// UID, EXPUNGE and CLOSE's silent expunge. Bodies go out as literals read from the card in
    /// <see cref="IoSizes.CardRead"/> chunks, never whole in memory.
    /// </summary>
    internal sealed class SelectedMailbox
    {
        private readonly IImapFolder _folder;
        private readonly bool _readOnly;
        private readonly ReplyChannel _channel;
        private readonly BufferedOutput _output;
        private byte[] _chunk;

        public SelectedMailbox(IImapFolder folder, bool readOnly, ReplyChannel channel, BufferedOutput output)
        {
            _folder = folder;
            _readOnly = readOnly;
            _channel = channel;
            _output = output;
        }

        public IImapFolder Folder
        {
            get { return _folder; }
        }

        public bool ReadOnly
        {
            get { return _readOnly; }
        }

        /// <summary>The 0-based indexes a sequence set names, by message number or by UID; null for a bad set.</summary>
        public bool[] Resolve(string text, bool byUid)
        {
            SequenceSet set = SequenceSet.Parse(text);
            if (set == null)
            {
                return null;
            }
            int count = _folder.Count;
            var chosen = new bool[count];
            long largest = byUid ? (count == 0 ? 0 : _folder.UidOf(count - 1)) : count;
            for (int i = 0; i < count; i++)
            {
                chosen[i] = set.Contains(byUid ? _folder.UidOf(i) : i + 1, largest);
            }
            return chosen;
        }

        /// <summary>Sends "* SEARCH 2 5": the messages (or UIDs) <paramref name="keys"/> match; false with <paramref name="error"/>.</summary>
        public bool Search(ImapValue[] keys, bool byUid, out string error)
        {
            bool[] matched = SearchCriteria.Match(keys, _folder, out error);
            if (matched == null)
            {
                return false;
            }
            string found = "* SEARCH";
            for (int i = 0; i < matched.Length; i++)
            {
                if (matched[i])
                {
                    found += " " + (byUid ? _folder.UidOf(i) : i + 1);
                }
            }
            _channel.Reply(found);
            return true;
        }

        /// <summary>
        /// Tells the client what others changed (RFC 3501 §7.4.1, §7.3.1): "* n EXPUNGE" for each
        /// message gone, highest first so each number is still right when sent, then "* n EXISTS"
        /// when messages came. False when the card failed.
        /// </summary>
        public bool ReportChanges()
        {
            int before = _folder.Count;
            int[] gone = _folder.Refresh();
            if (gone == null)
            {
                return false;
            }
            for (int i = gone.Length - 1; i >= 0; i--)
            {
                _channel.Reply("* " + (gone[i] + 1) + " EXPUNGE");
            }
            if (_folder.Count > before - gone.Length)
            {
                _channel.Reply("* " + _folder.Count + " EXISTS");
            }
            return true;
        }

        /// <summary>Answers FETCH for the chosen messages; false when the card failed (the caller says NO).</summary>
        public bool Fetch(bool[] chosen, FetchRequest request)
        {
            for (int i = 0; i < chosen.Length; i++)
            {
                if (chosen[i] && !FetchOne(i, request))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>
        /// STORE: <paramref name="mode"/> is '=', '+' or '-'; every chosen message's new flags are
        /// answered unless <paramref name="silent"/>. False when the card failed.
        /// </summary>
        public bool Store(bool[] chosen, char mode, int flags, bool silent, bool byUid)
        {
            for (int i = 0; i < chosen.Length; i++)
            {
                if (!chosen[i])
                {
                    continue;
                }
                int old = _folder.FlagsOf(i);
                int updated = mode == '+' ? old | flags : mode == '-' ? old & ~flags : flags;
                if (updated != old && _folder.SetFlags(i, updated) != StoreResult.Accepted)
                {
                    return false;
                }
                if (!silent)
                {
                    _channel.Reply("* " + (i + 1) + " FETCH (" + (byUid ? "UID " + _folder.UidOf(i) + " " : "") + "FLAGS " + MessageFlags.List(updated) + ")");
                }
            }
            return true;
        }

        /// <summary>Removes every message marked \Deleted, telling the client of each unless <paramref name="silent"/> (CLOSE).</summary>
        public bool Expunge(bool silent)
        {
            int i = 0;
            while (i < _folder.Count)
            {
                if ((_folder.FlagsOf(i) & MessageFlags.Deleted) == 0)
                {
                    i++;
                    continue;
                }
                if (_folder.Expunge(i) != StoreResult.Accepted)
                {
                    return false;
                }
                // Numbers after it move down at once (RFC 3501 §7.4.1): the next one is i + 1 again.
                if (!silent)
                {
                    _channel.Reply("* " + (i + 1) + " EXPUNGE");
                }
            }
            return true;
        }

        private bool FetchOne(int index, FetchRequest request)
        {
            int flags = _folder.FlagsOf(index);
            bool flagsChanged = false;
            if (request.Body && request.SetsSeen && !_readOnly && (flags & MessageFlags.Seen) == 0)
            {
                if (_folder.SetFlags(index, flags | MessageFlags.Seen) != StoreResult.Accepted)
                {
                    return false;
                }
                flags |= MessageFlags.Seen;
                flagsChanged = true;
            }
            string items = "";
            if (request.Uid)
            {
                items += " UID " + _folder.UidOf(index);
            }
            if (request.Flags || flagsChanged)
            {
                items += " FLAGS " + MessageFlags.List(flags);
            }
            if (request.Size)
            {
                items += " RFC822.SIZE " + _folder.SizeOf(index);
            }
            if (request.InternalDate)
            {
                items += " INTERNALDATE \"" + InternalDate(_folder.ArrivedOf(index)) + "\"";
            }
            string head = "* " + (index + 1) + " FETCH (" + items.TrimStart(' ');
            if (!request.Body)
            {
                _channel.Reply(head + ")");
                return true;
            }
            string prefix = head + (items.Length > 0 ? " " : "") + request.BodyName;
            if (request.Section == FetchRequest.Fields || request.Section == FetchRequest.FieldsNot)
            {
                if (!SendFields(index, request, prefix))
                {
                    return false;
                }
                _channel.Reply(")");
                return true;
            }
            long size = _folder.SizeOf(index);
            long from = 0;
            if (request.Section != FetchRequest.Whole)
            {
                long headerEnd = HeaderEnd(index, size);
                if (headerEnd < 0)
                {
                    return false;
                }
                from = request.Section == FetchRequest.Header ? 0 : headerEnd;
                size = request.Section == FetchRequest.Header ? headerEnd : size - headerEnd;
            }
            long start = request.PartialStart < 0 ? 0 : (request.PartialStart < size ? request.PartialStart : size);
            long count = request.PartialStart < 0 ? size : (request.PartialCount < size - start ? request.PartialCount : size - start);
            _channel.Reply(prefix + " {" + count + "}");
            if (!SendBody(index, from + start, count))
            {
                return false;
            }
            _channel.Sent("(message " + (index + 1) + ", " + count + " octets)");
            _channel.Reply(")");
            return true;
        }

        // Where the header ends: just after the blank line (RFC 5322 §2.1), found by reading the
        // message from its start; the whole message when it has none. -1 when the card fails.
        private long HeaderEnd(int index, long size)
        {
            Chunk();
            long position = 0;
            int matched = 0; // of "\r\n\r\n"
            while (position < size)
            {
                int n = _folder.Read(index, position, _chunk, 0, _chunk.Length);
                if (n <= 0)
                {
                    return -1;
                }
                for (int i = 0; i < n; i++)
                {
                    byte b = _chunk[i];
                    matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
                    if (matched == 4)
                    {
                        return position + i + 1;
                    }
                }
                position += n;
            }
            return size;
        }

        // HEADER.FIELDS (.NOT): counted in a first pass over the header, sent in a second.
        private bool SendFields(int index, FetchRequest request, string prefix)
        {
            long count = FilterHeader(index, request, null);
            if (count < 0)
            {
                return false;
            }
            _channel.Reply(prefix + " {" + count + "}");
            if (FilterHeader(index, request, _output) < 0)
            {
                return false;
            }
            _channel.Sent("(" + count + " octets of header fields)");
            return true;
        }

        private long FilterHeader(int index, FetchRequest request, ISessionOutput sink)
        {
            Chunk();
            var filter = new HeaderFilter(request.FieldNames, request.Section == FetchRequest.FieldsNot);
            long size = _folder.SizeOf(index);
            long position = 0;
            long kept = 0;
            while (position < size && !filter.Done)
            {
                int n = _folder.Read(index, position, _chunk, 0, _chunk.Length);
                if (n <= 0)
                {
                    return -1;
                }
                kept += filter.Feed(_chunk, 0, n, sink);
                position += n;
            }
            return kept;
        }

        private void Chunk()
        {
            if (_chunk == null)
            {
                _chunk = new byte[IoSizes.CardRead];
            }
        }

        // The literal's bytes, straight from the card into the session's output.
        private bool SendBody(int index, long start, long count)
        {
            Chunk();
            long position = start;
            long end = start + count;
            while (position < end)
            {
                int want = end - position < _chunk.Length ? (int)(end - position) : _chunk.Length;
                int n = _folder.Read(index, position, _chunk, 0, want);
                if (n <= 0)
                {
                    // The literal's length is promised: a card that fails mid-way leaves no way to
                    // go on but to close the connection (the caller does).
                    return false;
                }
                _output.Write(_chunk, 0, n);
                position += n;
            }
            return true;
        }

        // RFC 3501 §9: date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE.
        private static string InternalDate(System.DateTime utc)
        {
            string day = utc.Day < 10 ? " " + utc.Day : utc.Day.ToString();
            string date = Rfc5322Date.Format(utc);
            // "Thu, 26 Nov 2026 14:35:01 +0000" → month and time.
            string[] parts = date.Split(' ');
            return day + "-" + parts[2] + "-" + parts[3] + " " + parts[4] + " +0000";
        }
    }
}
