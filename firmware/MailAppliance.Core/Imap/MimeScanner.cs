namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// Finds a stored message's MIME structure (RFC 2045, RFC 2046) from its bytes, fed in
    /// chunks as they are read from the card, in a fixed amount of memory whatever the message's
    /// size: a body line is looked at only for its first <see cref="PrefixBytes"/> bytes (enough
    /// for a boundary), a header line only up to <see cref="MaxField"/> characters, and at most
    /// <see cref="MaxParts"/> parts, <see cref="MaxDepth"/> deep; past those limits the rest is
    /// body of the part it is in. Whatever the bytes, the parts found nest and cover the message,
    /// so IMAP can always answer BODYSTRUCTURE with something well-formed.
    /// </summary>
    internal sealed class MimeScanner
    {
        public const int MaxParts = 64;
        public const int MaxDepth = 8;
        public const int MaxField = 1024;

        // A boundary is at most 70 characters (RFC 2046 §5.1.1): "--", it, "--" and some blanks.
        private const int PrefixBytes = 80;

        private readonly MimePart[] _parts = new MimePart[MaxParts];
        private int _count;
        // The part whose header or body the current line is in.
        private int _current;
        private long _position;
        private long _lineStart;
        private int _lines;
        // The current line: its first bytes (all of it, up to MaxField, in a header), and the byte before.
        private readonly char[] _line = new char[MaxField];
        private int _lineLength;
        private byte _previous;
        // How the line before the current one ended: 2 for CRLF, 1 for a bare LF.
        private int _previousEnding;
        // The header field being gathered: its name (lower case) and value.
        private string _field;
        private string _value;

        public MimeScanner()
        {
            _parts[0] = new MimePart();
            _parts[0].Parent = -1;
            _count = 1;
        }

        private bool InHeader
        {
            get { return !_parts[_current].HeaderDone; }
        }

        /// <summary>Reads the next bytes of the message.</summary>
        public void Feed(byte[] bytes, int offset, int count)
        {
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                byte b = bytes[i];
                _position++;
                if (b == '\n')
                {
                    _lines++;
                    Line(_previous == '\r' ? 2 : 1);
                    _lineStart = _position;
                    _lineLength = 0;
                }
                else if (_lineLength < (InHeader ? MaxField : PrefixBytes))
                {
                    _line[_lineLength++] = (char)b;
                }
                _previous = b;
            }
        }

        /// <summary>The parts, once the whole message (of <paramref name="size"/> bytes) was fed; part 0 is the message.</summary>
        public MimePart[] Finish(long size)
        {
            if (_lineLength > 0)
            {
                Line(0); // a last line without its line break
            }
            EndField();
            int lastLine = _lines + (_lineLength > 0 ? 1 : 0);
            for (int i = 0; i < _count; i++)
            {
                MimePart part = _parts[i];
                if (!part.HeaderDone)
                {
                    // A header with no blank line after it: the body is empty.
                    part.HeaderDone = true;
                    part.BodyStart = i == _current || part.End == 0 ? size : part.End;
                    part.FirstLine = lastLine;
                }
                if (part.End == 0 || i == 0)
                {
                    part.End = size;
                    part.LastLine = lastLine;
                }
            }
            var parts = new MimePart[_count];
            System.Array.Copy(_parts, parts, _count);
            return parts;
        }

        // One whole line has been read; ending is its line break's length (0: none, at the end).
        private void Line(int ending)
        {
            int length = _lineLength;
            if (length > 0 && _line[length - 1] == '\r' && ending == 2)
            {
                length--;
            }
            if (!Boundary(length))
            {
                if (InHeader)
                {
                    HeaderLine(length);
                }
            }
            _previousEnding = ending;
        }

        private void HeaderLine(int length)
        {
            MimePart part = _parts[_current];
            if (length == 0)
            {
                // The blank line: the body begins after it.
                EndField();
                part.HeaderDone = true;
                part.BodyStart = _position;
                part.FirstLine = _lines;
                BodyBegins(part);
                return;
            }
            if ((_line[0] == ' ' || _line[0] == '\t') && _field != null)
            {
                // A folded line goes on with the field (RFC 5322 §2.2.3).
                if (_value.Length + length <= MaxField)
                {
                    _value += new string(_line, 0, length);
                }
                return;
            }
            EndField();
            int colon = -1;
            for (int i = 0; i < length && colon < 0; i++)
            {
                colon = _line[i] == ':' ? i : -1;
            }
            if (colon > 0)
            {
                _field = new string(_line, 0, colon).Trim().ToLower();
                _value = new string(_line, colon + 1, length - colon - 1);
            }
            // A line that is no field is ignored, as a lenient reader does.
        }

        private void EndField()
        {
            if (_field != null)
            {
                MimePart part = _parts[_current];
                part.Keep(_field, _value.Trim(), _current == 0 || _parts[part.Parent].IsMessage);
                _field = null;
                _value = null;
            }
        }

        // The header of part has ended: a multipart looks for its boundary, a message/rfc822 part's body is a message.
        private void BodyBegins(MimePart part)
        {
            string type = MimeFields.Value(part.ContentType);
            if (type.Length == 0 && part.Parent >= 0 && MimeFields.Value(_parts[part.Parent].ContentType) == "multipart/digest")
            {
                type = "message/rfc822"; // RFC 2046 §5.1.5
            }
            if (Depth(_current) >= MaxDepth)
            {
                return;
            }
            if (type.StartsWith("multipart/"))
            {
                string boundary = MimeFields.Parameter(part.ContentType, "boundary");
                part.Boundary = boundary != null && boundary.Length > 0 && boundary.Length <= 70 ? boundary : null;
            }
            else if (type == "message/rfc822" && _count < MaxParts)
            {
                part.IsMessage = true;
                part.Children = 1;
                _current = Add(_current, _position);
            }
        }

        // True when the line is a boundary of a multipart the current part is in: the parts
        // inside it end, and (unless it is the closing one) the next part begins.
        private bool Boundary(int length)
        {
            if (length < 3 || _line[0] != '-' || _line[1] != '-')
            {
                return false;
            }
            for (int p = _parts[_current].Boundary != null ? _current : _parts[_current].Parent; p >= 0; p = _parts[p].Parent)
            {
                MimePart multipart = _parts[p];
                if (multipart.Boundary == null || multipart.Closed || !Matches(multipart.Boundary, length))
                {
                    continue;
                }
                // The line break before a boundary belongs to it (RFC 2046 §5.1.1).
                long end = _lineStart - _previousEnding;
                int lastLine = _lines - 1 - (_previousEnding > 0 ? 1 : 0);
                for (int open = _current; open != p; open = _parts[open].Parent)
                {
                    Close(_parts[open], end, lastLine);
                }
                _field = null;
                _current = p;
                if (length >= multipart.Boundary.Length + 4 && _line[multipart.Boundary.Length + 2] == '-' && _line[multipart.Boundary.Length + 3] == '-')
                {
                    multipart.Closed = true; // the epilogue follows, as body of the multipart
                }
                else if (_count < MaxParts)
                {
                    multipart.Children++;
                    _current = Add(p, _position);
                }
                return true;
            }
            return false;
        }

        private static void Close(MimePart part, long end, int lastLine)
        {
            if (!part.HeaderDone)
            {
                part.HeaderDone = true;
                part.BodyStart = end;
                part.FirstLine = lastLine;
            }
            part.End = end < part.BodyStart ? part.BodyStart : end;
            part.LastLine = lastLine < part.FirstLine ? part.FirstLine : lastLine;
        }

        // "--boundary", then "--" or blanks only (RFC 2046 §5.1.1's transport padding).
        private bool Matches(string boundary, int length)
        {
            if (length < boundary.Length + 2)
            {
                return false;
            }
            for (int i = 0; i < boundary.Length; i++)
            {
                if (_line[i + 2] != boundary[i])
                {
                    return false;
                }
            }
            for (int i = boundary.Length + 2; i < length; i++)
            {
                char c = _line[i];
                bool closing = (i == boundary.Length + 2 || i == boundary.Length + 3) && c == '-';
                if (!closing && c != ' ' && c != '\t')
                {
                    return false;
                }
            }
            return true;
        }

        private int Add(int parent, long headerStart)
        {
            var part = new MimePart();
            part.Parent = parent;
            part.HeaderStart = headerStart;
            _parts[_count] = part;
            return _count++;
        }

        private int Depth(int index)
        {
            int depth = 0;
            for (int p = _parts[index].Parent; p >= 0; p = _parts[p].Parent)
            {
                depth++;
            }
            return depth;
        }
    }
}
