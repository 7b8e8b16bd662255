using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// Gathers one IMAP command from its lines and literals (RFC 3501 §7.5, RFC 7888): a line
    /// ending in "{n}" or "{n+}" is followed by n bytes of literal, then by the rest of the
    /// command on the next line. The whole command is held, so it is bounded by
    /// <see cref="MaxCommand"/>; a message's literal (APPEND) does not come through here.
    /// </summary>
    internal sealed class CommandAssembler
    {
        /// <summary>Largest command, literals included, held in memory.</summary>
        public const int MaxCommand = 8192;

        private string[] _segments = StringArrays.New(4);
        private int _count;
        private int _size;
        private long _literalLeft;
        private string _literal;

        /// <summary>True while literal bytes are awaited.</summary>
        public bool InLiteral
        {
            get { return _literalLeft > 0; }
        }

        /// <summary>The command's segments (<see cref="ImapParser.Parse"/>), once complete.</summary>
        public string[] Segments
        {
            get { return _segments; }
        }

        public int Count
        {
            get { return _count; }
        }

        /// <summary>
        /// Adds a line; returns the size of the literal it announces (the caller sends "+ " for a
        /// synchronising one), 0 when the command is complete, or -1 when it grew past
        /// <see cref="MaxCommand"/> (the caller refuses it and calls <see cref="Clear"/>).
        /// </summary>
        public long AddLine(string line, out bool nonSynchronising)
        {
            long size;
            bool announces = ImapParser.EndsInLiteral(line, out size, out nonSynchronising);
            _size += line.Length;
            Append(line);
            if (!announces)
            {
                return 0;
            }
            if (_size + size > MaxCommand)
            {
                return -1;
            }
            _literalLeft = size;
            _literal = "";
            if (size == 0)
            {
                Append("");
            }
            return size;
        }

        /// <summary>Takes literal bytes; returns how many belonged to the literal.</summary>
        public int AddLiteral(byte[] buffer, int offset, int count)
        {
            int take = count < _literalLeft ? count : (int)_literalLeft;
            _literal += Ascii.GetString(buffer, offset, take);
            _literalLeft -= take;
            _size += take;
            if (_literalLeft == 0)
            {
                Append(_literal);
                _literal = null;
            }
            return take;
        }

        /// <summary>Starts the next command.</summary>
        public void Clear()
        {
            _segments = StringArrays.New(4);
            _count = 0;
            _size = 0;
            _literalLeft = 0;
            _literal = null;
        }

        private void Append(string segment)
        {
            if (_count == _segments.Length)
            {
                _segments = StringArrays.Resize(_segments, _count * 2);
            }
            _segments[_count++] = segment;
        }
    }
}
