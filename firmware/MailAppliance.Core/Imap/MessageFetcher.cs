using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// FETCH's answer for one message (RFC 3501 §6.4.5, §7.4.2). Bodies go out as literals read
    /// from the card in <see cref="IoSizes.CardRead"/> chunks, never whole in memory; what needs
    /// the header's end or its fields reads the header first, in the same chunks.
    /// </summary>
    internal sealed class MessageFetcher
    {
        private readonly IImapFolder _folder;
        private readonly bool _readOnly;
        private readonly ReplyChannel _channel;
        private readonly BufferedOutput _output;
        private byte[] _chunk;

        public MessageFetcher(IImapFolder folder, bool readOnly, ReplyChannel channel, BufferedOutput output)
        {
            _folder = folder;
            _readOnly = readOnly;
            _channel = channel;
            _output = output;
        }

        /// <summary>Sends "* n FETCH (...)" for message <paramref name="index"/>; false when the card failed.</summary>
        public bool FetchOne(int index, FetchRequest request)
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

        /// <summary>The session's one card-read buffer, made at first need (COPY uses it too).</summary>
        public byte[] Buffer
        {
            get
            {
                Chunk();
                return _chunk;
            }
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
