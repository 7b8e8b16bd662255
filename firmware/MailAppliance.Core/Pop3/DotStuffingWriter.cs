using MailAppliance.Core.Sessions;

namespace MailAppliance.Core.Pop3
{
    /// <summary>
    /// Sends a stored message as a POP3 multi-line response (RFC 1939 §3): a '.' starting a
    /// line is doubled, and ".\r\n" ends it. For TOP it stops after the headers and a given
    /// number of body lines. It writes line by line into the session's <see cref="BufferedOutput"/>,
    /// which sends full segments.
    /// </summary>
    internal sealed class DotStuffingWriter
    {
        private static readonly byte[] Terminator = { (byte)'.', (byte)'\r', (byte)'\n' };
        private static readonly byte[] Crlf = { (byte)'\r', (byte)'\n' };

        private readonly ISessionOutput _output;
        private bool _atLineStart;
        private int _lineLength;
        private bool _inBody;
        private long _bodyLines;
        private long _bodyLineLimit;

        public DotStuffingWriter(ISessionOutput output)
        {
            _output = output;
        }

        /// <summary>
        /// Starts a response body. <paramref name="bodyLineLimit"/> is TOP's line count, or -1
        /// for the whole message.
        /// </summary>
        public void Begin(long bodyLineLimit)
        {
            _atLineStart = true;
            _lineLength = 0;
            _inBody = false;
            _bodyLines = 0;
            _bodyLineLimit = bodyLineLimit;
        }

        /// <summary>Sends message bytes; returns false once TOP's limit is reached and no more are wanted.</summary>
        public bool Write(byte[] buffer, int offset, int count)
        {
            int end = offset + count;
            while (offset < end)
            {
                if (_atLineStart)
                {
                    if (_inBody && _bodyLineLimit >= 0 && _bodyLines >= _bodyLineLimit)
                    {
                        return false;
                    }
                    if (buffer[offset] == (byte)'.')
                    {
                        _output.Write(Terminator, 0, 1);
                    }
                    _atLineStart = false;
                    _lineLength = 0;
                }
                int lf = System.Array.IndexOf(buffer, (byte)'\n', offset, end - offset);
                int stop = lf < 0 ? end : lf + 1;
                _output.Write(buffer, offset, stop - offset);
                _lineLength += stop - offset;
                offset = stop;
                if (lf >= 0)
                {
                    EndOfLine();
                }
            }
            return !(_inBody && _bodyLineLimit >= 0 && _bodyLines >= _bodyLineLimit);
        }

        /// <summary>Ends the response: a CRLF if the message did not end with one, then ".\r\n".</summary>
        public void End()
        {
            if (!_atLineStart)
            {
                _output.Write(Crlf, 0, 2);
            }
            _output.Write(Terminator, 0, 3);
        }

        // RFC 5322 §2.1: the first empty line ends the header section.
        private void EndOfLine()
        {
            if (_inBody)
            {
                _bodyLines++;
            }
            else if (_lineLength <= 2)
            {
                _inBody = true;
            }
            _atLineStart = true;
        }
    }
}
