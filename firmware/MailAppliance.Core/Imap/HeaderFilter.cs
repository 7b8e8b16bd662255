using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// FETCH BODY[HEADER.FIELDS (...)] and HEADER.FIELDS.NOT (RFC 3501 §6.4.5): the header fields
    /// of a message whose names are (or are not) in a list, with their folded lines, and the
    /// blank line after. Fed the message from its start a chunk at a time, it needs no more memory
    /// than one field name, so the literal's length is found in one pass (counting) and the bytes
    /// sent in a second, whatever the header's size.
    /// </summary>
    internal sealed class HeaderFilter
    {
        // A field name longer than this is no name RFC 5322 knows: the field is dropped.
        private const int MaxName = 76;

        private readonly string[] _names;
        private readonly bool _exclude;
        private readonly char[] _name = new char[MaxName];
        private int _nameLength;
        private bool _nameTooLong;
        private bool _atLineStart = true;
        private bool _inName;
        private bool _keep;
        private bool _done;

        /// <param name="names">The field names asked for, any case.</param>
        /// <param name="exclude">True for HEADER.FIELDS.NOT.</param>
        public HeaderFilter(string[] names, bool exclude)
        {
            _names = names;
            _exclude = exclude;
        }

        /// <summary>True once the header's end (the blank line) was read.</summary>
        public bool Done
        {
            get { return _done; }
        }

        /// <summary>
        /// Reads <paramref name="count"/> more bytes of the message; the bytes of the fields kept
        /// go to <paramref name="sink"/> (null to count them only); returns how many were kept.
        /// </summary>
        public int Feed(byte[] buffer, int offset, int count, Sessions.ISessionOutput sink)
        {
            int kept = 0;
            int runStart = -1;
            for (int i = offset; i < offset + count && !_done; i++)
            {
                byte b = buffer[i];
                if (_atLineStart)
                {
                    _atLineStart = false;
                    if (b == '\r' || b == '\n')
                    {
                        // The blank line: the header ends; it is part of the answer.
                        _done = true;
                        kept += Flush(buffer, runStart, i, sink);
                        runStart = -1;
                        kept += Emit(Crlf(), 0, 2, sink);
                        break;
                    }
                    if (b != ' ' && b != '\t')
                    {
                        // A new field: its name decides, once the ':' is read.
                        kept += Flush(buffer, runStart, i, sink);
                        runStart = -1;
                        _inName = true;
                        _nameLength = 0;
                        _nameTooLong = false;
                        _keep = false;
                    }
                }
                if (_inName)
                {
                    if (b == ':')
                    {
                        _inName = false;
                        _keep = !_nameTooLong && Matches() != _exclude;
                        if (_keep)
                        {
                            kept += Emit(Ascii.GetBytes(new string(_name, 0, _nameLength)), 0, _nameLength, sink);
                            runStart = i;
                        }
                    }
                    else if (_nameLength < MaxName)
                    {
                        _name[_nameLength++] = (char)b;
                    }
                    else
                    {
                        _nameTooLong = true;
                    }
                }
                else if (_keep && runStart < 0)
                {
                    runStart = i;
                }
                if (b == '\n')
                {
                    _atLineStart = true;
                }
            }
            kept += Flush(buffer, runStart, offset + count, sink);
            return kept;
        }

        // The bytes of a kept field read in this chunk, from runStart up to end.
        private int Flush(byte[] buffer, int runStart, int end, Sessions.ISessionOutput sink)
        {
            return runStart < 0 || !_keep || end <= runStart ? 0 : Emit(buffer, runStart, end - runStart, sink);
        }

        private static int Emit(byte[] bytes, int offset, int count, Sessions.ISessionOutput sink)
        {
            if (sink != null)
            {
                sink.Write(bytes, offset, count);
            }
            return count;
        }

        private bool Matches()
        {
            for (int i = 0; i < _names.Length; i++)
            {
                string name = _names[i];
                if (name.Length != _nameLength)
                {
                    continue;
                }
                int j = 0;
                while (j < _nameLength && Lower(name[j]) == Lower(_name[j]))
                {
                    j++;
                }
                if (j == _nameLength)
                {
                    return true;
                }
            }
            return false;
        }

        private static char Lower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        private static byte[] Crlf()
        {
            return new byte[] { (byte)'\r', (byte)'\n' };
        }
    }
}
