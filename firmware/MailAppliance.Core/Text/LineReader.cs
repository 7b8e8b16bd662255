namespace MailAppliance.Core.Text
{
    /// <summary>
    /// Collects a command line from input that may arrive split at any byte. A line ends
    /// at LF; a CR before it is dropped, so a bare LF also ends a line — a student typing
    /// commands with plain <c>nc</c> must be understood (Postfix's
    /// smtpd_forbid_bare_newline = normal treats command lines the same way).
    /// </summary>
    internal sealed class LineReader
    {
        private readonly byte[] _line;
        private int _length;
        private bool _overflow;

        /// <param name="maxLength">Longest line kept, without its CRLF.</param>
        public LineReader(int maxLength)
        {
            _line = new byte[maxLength + 1];
        }

        /// <summary>
        /// The line completed by the last <see cref="Feed"/> that returned true; when it holds a
        /// control (<see cref="HasControl"/>) those are shown as <c>\xHH</c>, for the trace only.
        /// </summary>
        public string Line { get; private set; }

        /// <summary>
        /// True when the completed line holds a control byte other than TAB (a CR inside it, NUL,
        /// ESC, DEL): no command has one, and one that reached a stored header or the teacher's
        /// terminal could forge a header line or drive the screen. Engines refuse such a line.
        /// </summary>
        public bool HasControl { get; private set; }

        /// <summary>True when the completed line was longer than the limit; <see cref="Line"/> is then null.</summary>
        public bool Overflowed { get; private set; }

        /// <summary>True while part of a line has arrived and its LF has not.</summary>
        public bool HasPartialLine
        {
            get { return _length > 0 || _overflow; }
        }

        /// <summary>
        /// Takes bytes from <paramref name="buffer"/> until a line is complete or the input
        /// is used up. Returns true when a line is complete; <paramref name="consumed"/>
        /// says how many bytes were taken.
        /// </summary>
        public bool Feed(byte[] buffer, int offset, int count, out int consumed)
        {
            int lf = count == 0 ? -1 : System.Array.IndexOf(buffer, (byte)'\n', offset, count);
            int end = lf < 0 ? offset + count : lf;
            Append(buffer, offset, end - offset);
            if (lf < 0)
            {
                consumed = count;
                return false;
            }
            consumed = lf - offset + 1;
            int length = _length;
            if (length > 0 && _line[length - 1] == (byte)'\r')
            {
                length--;
            }
            Overflowed = _overflow || length > _line.Length - 1;
            HasControl = !Overflowed && ContainsControl(length);
            Line = Overflowed ? null : HasControl ? Printable.Escape(_line, 0, length) : Ascii.GetString(_line, 0, length);
            _length = 0;
            _overflow = false;
            return true;
        }

        private bool ContainsControl(int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (Printable.IsCommandControl(_line[i]))
                {
                    return true;
                }
            }
            return false;
        }

        private void Append(byte[] buffer, int offset, int count)
        {
            int room = _line.Length - _length;
            if (count > room)
            {
                _overflow = true;
                count = room;
            }
            System.Array.Copy(buffer, offset, _line, _length, count);
            _length += count;
        }
    }
}
