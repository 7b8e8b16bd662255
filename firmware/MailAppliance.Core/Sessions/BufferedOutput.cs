namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// Gathers what an engine writes so that a reply leaves as one send: every line of a
    /// multi-line reply (EHLO, CAPA, LIST) and all the replies to one received chunk of pipelined
    /// commands (ARCHITECTURE.md: one reply is one send). lwIP sends each write as a segment of its
    /// own, and clients such as nmap's smtp scripts read one segment per reply and fall behind.
    /// The engine calls <see cref="Flush"/> once it has answered what it received; a pause or a
    /// close flushes first. A full buffer is sent at once, so a streamed body leaves in sends of
    /// exactly the capacity (<see cref="IoSizes.Segment"/>: one lwIP segment each); a single write
    /// larger than the buffer (a long DNS answer) goes out whole after what is held.
    /// </summary>
    public sealed class BufferedOutput : ISessionOutput
    {
        private readonly ISessionOutput _output;
        private readonly byte[] _buffer;
        private int _length;

        /// <param name="capacity"><see cref="IoSizes.Reply"/>, or <see cref="IoSizes.Segment"/> for a session that streams bodies.</param>
        public BufferedOutput(ISessionOutput output, int capacity)
        {
            _output = output;
            _buffer = new byte[capacity];
        }

        /// <summary>Bytes held at most before a send.</summary>
        public int Capacity
        {
            get { return _buffer.Length; }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            if (count > _buffer.Length)
            {
                Flush();
                _output.Write(buffer, offset, count);
                return;
            }
            while (count > 0)
            {
                int n = _buffer.Length - _length;
                if (n > count)
                {
                    n = count;
                }
                System.Array.Copy(buffer, offset, _buffer, _length, n);
                _length += n;
                offset += n;
                count -= n;
                if (_length == _buffer.Length)
                {
                    Flush();
                }
            }
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
