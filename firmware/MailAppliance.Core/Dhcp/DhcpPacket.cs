using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// A BOOTP/DHCP message (RFC 2131 §2, figure 1) read and written in place in a buffer.
    /// <see cref="Attach"/> checks the fixed part and the magic cookie once; after that no
    /// accessor can run off the end.
    /// </summary>
    internal sealed class DhcpPacket
    {
        /// <summary>Where the options start, after the magic cookie.</summary>
        public const int OptionsOffset = 240;

        /// <summary>The smallest BOOTP message (RFC 1542 §2.1); replies are padded to it.</summary>
        public const int MinimumLength = 300;

        public const int BootRequest = 1;
        public const int BootReply = 2;

        private const int OpOffset = 0;
        private const int HardwareTypeOffset = 1;
        private const int HardwareLengthOffset = 2;
        private const int HopsOffset = 3;
        private const int TransactionIdOffset = 4;
        private const int SecondsOffset = 8;
        private const int FlagsOffset = 10;
        private const int ClientAddressOffset = 12;
        private const int YourAddressOffset = 16;
        private const int ServerAddressOffset = 20;
        private const int RelayAddressOffset = 24;
        public const int ClientHardwareOffset = 28;
        public const int ClientHardwareSize = 16;
        private const int CookieOffset = 236;
        private const uint MagicCookie = 0x63825363;
        private const int BroadcastFlag = 0x8000;

        private byte[] _buffer;

        /// <summary>The buffer the view is on.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Points the view at a message; false when it is shorter than the fixed part or lacks the DHCP cookie.</summary>
        public bool Attach(byte[] buffer, int length)
        {
            _buffer = buffer;
            return length >= OptionsOffset && buffer.Length >= OptionsOffset && Ipv4.Read(buffer, CookieOffset) == MagicCookie;
        }

        /// <summary>Clears the fixed part and writes the cookie, to build a reply.</summary>
        public void Initialize(byte[] buffer)
        {
            _buffer = buffer;
            System.Array.Clear(buffer, 0, OptionsOffset);
            Ipv4.Write(buffer, CookieOffset, MagicCookie);
        }

        /// <summary>op: 1 request, 2 reply.</summary>
        public int Op
        {
            get { return _buffer[OpOffset]; }
            set { _buffer[OpOffset] = (byte)value; }
        }

        /// <summary>htype: 1 for Ethernet.</summary>
        public int HardwareType
        {
            get { return _buffer[HardwareTypeOffset]; }
            set { _buffer[HardwareTypeOffset] = (byte)value; }
        }

        /// <summary>hlen: bytes of chaddr in use (6 for Ethernet), at most 16.</summary>
        public int HardwareLength
        {
            get { return _buffer[HardwareLengthOffset] > ClientHardwareSize ? ClientHardwareSize : _buffer[HardwareLengthOffset]; }
            set { _buffer[HardwareLengthOffset] = (byte)value; }
        }

        /// <summary>hops: relay agents passed.</summary>
        public int Hops
        {
            get { return _buffer[HopsOffset]; }
            set { _buffer[HopsOffset] = (byte)value; }
        }

        /// <summary>xid: chosen by the client, copied into the reply.</summary>
        public uint TransactionId
        {
            get { return Ipv4.Read(_buffer, TransactionIdOffset); }
            set { Ipv4.Write(_buffer, TransactionIdOffset, value); }
        }

        /// <summary>secs.</summary>
        public int Seconds
        {
            get { return NetworkOrder.Read16(_buffer, SecondsOffset); }
        }

        /// <summary>The BROADCAST flag: the client cannot take a unicast before it has an address.</summary>
        public bool Broadcast
        {
            get { return (NetworkOrder.Read16(_buffer, FlagsOffset) & BroadcastFlag) != 0; }
            set
            {
                int flags = NetworkOrder.Read16(_buffer, FlagsOffset) & ~BroadcastFlag;
                flags |= value ? BroadcastFlag : 0;
                NetworkOrder.Write16(_buffer, FlagsOffset, flags);
            }
        }

        /// <summary>ciaddr: the client's address, when it has one (RENEWING, REBINDING, INFORM).</summary>
        public uint ClientAddress
        {
            get { return Ipv4.Read(_buffer, ClientAddressOffset); }
            set { Ipv4.Write(_buffer, ClientAddressOffset, value); }
        }

        /// <summary>yiaddr: the address the server gives.</summary>
        public uint YourAddress
        {
            get { return Ipv4.Read(_buffer, YourAddressOffset); }
            set { Ipv4.Write(_buffer, YourAddressOffset, value); }
        }

        /// <summary>siaddr: next server (unused here).</summary>
        public uint ServerAddress
        {
            get { return Ipv4.Read(_buffer, ServerAddressOffset); }
            set { Ipv4.Write(_buffer, ServerAddressOffset, value); }
        }

        /// <summary>giaddr: the relay agent's address on the client's subnet; 0 when not relayed.</summary>
        public uint RelayAddress
        {
            get { return Ipv4.Read(_buffer, RelayAddressOffset); }
            set { Ipv4.Write(_buffer, RelayAddressOffset, value); }
        }

        /// <summary>Copies the fields a reply takes from the request (RFC 2131 table 3): htype, hlen, xid, flags, giaddr, chaddr.</summary>
        public void CopyClientFields(DhcpPacket request)
        {
            HardwareType = request.HardwareType;
            HardwareLength = request.HardwareLength;
            TransactionId = request.TransactionId;
            Broadcast = request.Broadcast;
            RelayAddress = request.RelayAddress;
            System.Array.Copy(request._buffer, ClientHardwareOffset, _buffer, ClientHardwareOffset, ClientHardwareSize);
        }
    }
}
