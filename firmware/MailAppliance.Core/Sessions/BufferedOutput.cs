namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// Gathers what an engine writes so that a reply leaves as one send: every line of a
    /// multi-line reply (EHLO, CAPA, LIST) and all the replies to one received chunk of pipelined
    /// commands (ARCHITECTURE.md: one reply is one send). lwIP sends each write as a segment of its
    /// own, and clients such as nmap's smtp scripts read one segment per reply and fall behind.
    /// The engine calls <see cref="Flush"/> once it has answered what it received; a pause or a
    /// close flushes first, and a write as large as the buffer goes straight through after what
    /// is held (a streamed message's chunks).
    /// </summary>
    public sealed class BufferedOutput : ISessionOutput
    {
        /// <summary>Bytes held before they are sent: a command line's worth, a small part of the board's heap per session.</summary>
        public const int Capacity = 512;

        private readonly ISessionOutput _output;
        private readonly byte[] _buffer = new byte[Capacity];
        private int _length;

        public BufferedOutput(ISessionOutput output)
        {
            _output = output;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            if (_length + count > Capacity)
            {
                Flush();
            }
            if (count >= Capacity)
            {
                _output.Write(buffer, offset, count);
                return;
            }
            System.Array.Copy(buffer, offset, _buffer, _length, count);
            _length += count;
        }

        /// <summary>Sends what is held, as one write. The buffer is empty afterwards even when the write fails (the client is gone).</summary>
        public void Flush()
        {
            int length = _length;
            _length = 0;
            if (length > 0)
            {
                _output.Write(_buffer, 0, length);
            }
        }

        // The replies so far go out before the pause, not after it.
        public void Delay(int milliseconds)
        {
            Flush();
            _output.Delay(milliseconds);
        }

        public void Close()
        {
            Flush();
            _output.Close();
        }
    }
}
