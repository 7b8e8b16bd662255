using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// FETCH's answer for one message (RFC 3501 §6.4.5, §7.4.2). Bodies go out as literals read
    /// from the card in <see cref="IoSizes.CardRead"/> chunks, never whole in memory; what needs
    /// the header's end or its fields reads the header first, in the same chunks; ENVELOPE,
    /// BODYSTRUCTURE and part numbers read the whole message once through <see cref="MimeScanner"/>.
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
            if (request.SetsSeen && !_readOnly && (flags & MessageFlags.Seen) == 0)
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
                items += " FLAGS " + MessageFlags.List(flags, _folder.Keywords);
            }
            if (request.Size)
            {
                items += " RFC822.SIZE " + _folder.SizeOf(index);
            }
            if (request.InternalDate)
            {
                items += " INTERNALDATE \"" + InternalDate(_folder.ArrivedOf(index)) + "\"";
            }
            MimePart[] parts = null;
            if (request.NeedsParts)
            {
                parts = Scan(index);
                if (parts == null)
                {
                    return false;
                }
            }
            if (request.Envelope)
            {
                items += " ENVELOPE " + BodyStructure.Envelope(parts, 0);
            }
            if (request.Body)
            {
                items += " BODY " + BodyStructure.Of(parts, 0, false);
            }
            if (request.Structure)
            {
                items += " BODYSTRUCTURE " + BodyStructure.Of(parts, 0, true);
            }
            // What is not yet sent: a line may end only where a literal's {n} does.
            string pending = "* " + (index + 1) + " FETCH (" + items.TrimStart(' ');
            BodySection[] sections = request.Sections;
            for (int k = 0; k < sections.Length; k++)
            {
                pending += (k == 0 && items.Length == 0 ? "" : " ") + sections[k].Name;
                if (!SendSection(index, sections[k], parts, ref pending))
                {
                    return false;
                }
            }
            _channel.ReplyBytes(pending + ")");
            return true;
        }

        // One body item after its name in pending: NIL for a part that is not there, else a literal.
        private bool SendSection(int index, BodySection section, MimePart[] parts, ref string pending)
        {
            if (section.Kind == BodySection.Fields || section.Kind == BodySection.FieldsNot)
            {
                if (!SendFields(index, section, pending))
                {
                    return false;
                }
                pending = "";
                return true;
            }
            long from;
            long size;
            if (!Range(index, section, parts, out from, out size))
            {
                return false;
            }
            if (size < 0)
            {
                pending += " NIL";
                return true;
            }
            long start = section.PartialStart < 0 ? 0 : (section.PartialStart < size ? section.PartialStart : size);
            long count = section.PartialStart < 0 ? size : (section.PartialCount < size - start ? section.PartialCount : size - start);
            _channel.ReplyBytes(pending + " {" + count + "}");
            pending = "";
            if (!SendBody(index, from + start, count))
            {
                return false;
            }
            _channel.Sent("(message " + (index + 1) + ", " + count + " octets)");
            return true;
        }

        // Where the section's bytes lie; size -1 for a part the message does not have. False when the card failed.
        private bool Range(int index, BodySection section, MimePart[] parts, out long from, out long size)
        {
            from = 0;
            size = _folder.SizeOf(index);
            if (section.Part == null)
            {
                if (section.Kind == BodySection.Whole)
                {
                    return true;
                }
                long headerEnd = HeaderEnd(index, size);
                from = section.Kind == BodySection.Header ? 0 : headerEnd;
                size = section.Kind == BodySection.Header ? headerEnd : size - headerEnd;
                return headerEnd >= 0;
            }
            int i = BodyStructure.Find(parts, section.Part);
            MimePart part = i < 0 ? null : parts[i];
            if (part != null && section.Kind == BodySection.Mime)
            {
                from = part.HeaderStart;
                size = part.BodyStart - part.HeaderStart;
                return true;
            }
            if (part != null && section.Kind != BodySection.Whole)
            {
                // HEADER and TEXT of a part are those of the message a message/rfc822 part holds.
                part = part.IsMessage ? parts[i + 1] : null;
                if (part != null && section.Kind == BodySection.Header)
                {
                    from = part.HeaderStart;
                    size = part.BodyStart - part.HeaderStart;
                    return true;
                }
            }
            from = part == null ? 0 : part.BodyStart;
            size = part == null ? -1 : part.Size;
            return true;
        }

        // The message read once through the scanner: its parts, or null when the card failed.
        private MimePart[] Scan(int index)
        {
            Chunk();
            var scanner = new MimeScanner();
            long size = _folder.SizeOf(index);
            long position = 0;
            while (position < size)
            {
                int n = _folder.Read(index, position, _chunk, 0, _chunk.Length);
                if (n <= 0)
                {
                    return null;
                }
                scanner.Feed(_chunk, 0, n);
                position += n;
            }
            return scanner.Finish(size);
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
        private bool SendFields(int index, BodySection request, string prefix)
        {
            long count = FilterHeader(index, request, null);
            if (count < 0)
            {
                return false;
            }
            _channel.ReplyBytes(prefix + " {" + count + "}");
            if (FilterHeader(index, request, _output) < 0)
            {
                return false;
            }
            _channel.Sent("(" + count + " octets of header fields)");
            return true;
        }

        private long FilterHeader(int index, BodySection request, ISessionOutput sink)
        {
            Chunk();
            var filter = new HeaderFilter(request.FieldNames, request.Kind == BodySection.FieldsNot);
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
            return day + "-" + Rfc5322Date.MonthName(utc.Month) + "-" + utc.Year + " " + Numbers.ToDecimal(utc.Hour, 2) + ":"
                + Numbers.ToDecimal(utc.Minute, 2) + ":" + Numbers.ToDecimal(utc.Second, 2) + " +0000";
        }
    }
}
