using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// Appends options to a reply (RFC 2132 §2), each at most once, then the End option and
    /// padding to the BOOTP minimum of 300 bytes. Writes stop short of the buffer's end.
    /// </summary>
    internal sealed class DhcpOptionWriter
    {
        private readonly bool[] _written = new bool[256];
        private byte[] _buffer;
        private int _position;

        /// <summary>Bytes kept free for the End option.</summary>
        private const int Reserve = 1;

        public void Begin(byte[] buffer)
        {
            _buffer = buffer;
            _position = DhcpPacket.OptionsOffset;
            System.Array.Clear(_written, 0, _written.Length);
        }

        /// <summary>True when the option is already in the reply.</summary>
        public bool Has(int code)
        {
            return _written[code];
        }

        public void Byte(int code, int value)
        {
            if (Start(code, 1))
            {
                _buffer[_position++] = (byte)value;
            }
        }

        public void Address(int code, uint address)
        {
            if (Start(code, 4))
            {
                Ipv4.Write(_buffer, _position, address);
                _position += 4;
            }
        }

        public void Seconds(int code, uint seconds)
        {
            Address(code, seconds);
        }

        public void Bytes(int code, byte[] source, int offset, int count)
        {
            if (Start(code, count))
            {
                System.Array.Copy(source, offset, _buffer, _position, count);
                _position += count;
            }
        }

        public void Text(int code, string text)
        {
            if (text != null && Start(code, text.Length))
            {
                for (int i = 0; i < text.Length; i++)
                {
                    _buffer[_position++] = (byte)text[i];
                }
            }
        }

        /// <summary>Writes End, pads to 300 bytes; returns the reply's length.</summary>
        public int Finish()
        {
            _buffer[_position++] = DhcpOption.End;
            int length = _position < DhcpPacket.MinimumLength ? DhcpPacket.MinimumLength : _position;
            System.Array.Clear(_buffer, _position, length - _position);
            return length;
        }

        private bool Start(int code, int length)
        {
            if (_written[code] || length > 255 || _position + 2 + length + Reserve > _buffer.Length)
            {
                return false;
            }
            _written[code] = true;
            _buffer[_position++] = (byte)code;
            _buffer[_position++] = (byte)length;
            return true;
        }
    }
}
