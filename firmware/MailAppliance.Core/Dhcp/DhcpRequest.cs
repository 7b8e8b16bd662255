using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// A client's message, read once (RFC 2131 §2, §4.2): the view on its fixed part, its type,
    /// the key the client is known by, the address it asks for, the server it chose and its
    /// host name. Holds the caller's buffer and fixed-size copies: nothing is allocated per
    /// message.
    /// </summary>
    internal sealed class DhcpRequest
    {
        /// <summary>The fixed part (op, xid, ciaddr, giaddr, chaddr...).</summary>
        public readonly DhcpPacket Packet = new DhcpPacket();

        private readonly byte[] _key = new byte[DhcpLeases.MaxKey];
        private readonly byte[] _hostName = new byte[DhcpLeases.MaxHostName];
        private byte[] _bytes;
        private int _length;

        /// <summary>Option 53 (DhcpMessageType), or -1.</summary>
        public int Type { get; private set; }

        /// <summary>The client's key: option 61, else hardware type and chaddr. Its first <see cref="KeyLength"/> bytes count.</summary>
        public byte[] Key
        {
            get { return _key; }
        }

        /// <summary>0 when the client cannot be told apart (no client identifier, no hardware address).</summary>
        public int KeyLength { get; private set; }

        /// <summary>Option 50, or 0.</summary>
        public uint RequestedAddress { get; private set; }

        /// <summary>Option 54, or 0.</summary>
        public uint ServerIdentifier { get; private set; }

        /// <summary>The client's host name as a DNS label (<see cref="HostNameLength"/> bytes); empty when it sent none.</summary>
        public byte[] HostName
        {
            get { return _hostName; }
        }

        public int HostNameLength { get; private set; }

        /// <summary>Reads a message; false unless it is a BOOTREQUEST carrying the DHCP cookie.</summary>
        public bool Read(byte[] packet, int length)
        {
            _bytes = packet;
            _length = length;
            Type = -1;
            KeyLength = 0;
            HostNameLength = 0;
            RequestedAddress = 0;
            ServerIdentifier = 0;
            if (!Packet.Attach(packet, length) || Packet.Op != DhcpPacket.BootRequest)
            {
                return false;
            }
            Type = DhcpOptionReader.Byte(packet, length, DhcpOption.MessageType);
            ReadClientKey();
            ReadHostName();
            RequestedAddress = DhcpOptionReader.Address(packet, length, DhcpOption.RequestedAddress);
            ServerIdentifier = DhcpOptionReader.Address(packet, length, DhcpOption.ServerIdentifier);
            return true;
        }

        /// <summary>Option <paramref name="code"/>'s data offset in <see cref="Bytes"/>, or -1.</summary>
        public int Find(int code, out int length)
        {
            return DhcpOptionReader.Find(_bytes, _length, code, out length);
        }

        /// <summary>The message's bytes, for the options a reply echoes.</summary>
        public byte[] Bytes
        {
            get { return _bytes; }
        }

        /// <summary>The lease held under this client's key, or -1.</summary>
        public int LeaseIn(DhcpLeases leases)
        {
            return leases.FindByKey(_key, 0, KeyLength);
        }

        /// <summary>True when <paramref name="reservation"/> (IOS: client-identifier or hardware-address) names this client.</summary>
        public bool Is(DhcpReservation reservation)
        {
            if (reservation.ClientIdentifier != null)
            {
                int length;
                int at = Find(DhcpOption.ClientIdentifier, out length);
                return at >= 0 && Same(reservation.ClientIdentifier, at, length);
            }
            return reservation.HardwareAddress != null
                && Same(reservation.HardwareAddress, DhcpPacket.ClientHardwareOffset, Packet.HardwareLength);
        }

        // RFC 2131 §4.2: the client is known by its client identifier (option 61) when it sends
        // one, else by hardware type and chaddr.
        private void ReadClientKey()
        {
            int length;
            int at = Find(DhcpOption.ClientIdentifier, out length);
            if (at >= 0 && length >= 2)
            {
                KeyLength = length > DhcpLeases.MaxKey ? DhcpLeases.MaxKey : length;
                System.Array.Copy(_bytes, at, _key, 0, KeyLength);
                return;
            }
            int hardwareLength = Packet.HardwareLength;
            if (hardwareLength == 0)
            {
                return;
            }
            _key[0] = (byte)Packet.HardwareType;
            System.Array.Copy(_bytes, DhcpPacket.ClientHardwareOffset, _key, 1, hardwareLength);
            KeyLength = hardwareLength + 1;
        }

        // Option 12, or the first label of option 81 (RFC 4702 §2), cut to what a DNS label may
        // hold (letters, digits, hyphens, lower case).
        private void ReadHostName()
        {
            int length;
            int at = Find(DhcpOption.HostName, out length);
            if (at < 0)
            {
                at = Find(DhcpOption.ClientFqdn, out length);
                if (at < 0 || length < 4)
                {
                    return;
                }
                bool encoded = (_bytes[at] & 0x04) != 0;
                at += 3;
                length -= 3;
                if (encoded)
                {
                    length = _bytes[at] < length ? _bytes[at] : length - 1;
                    at++;
                }
            }
            int kept = 0;
            for (int i = 0; i < length && kept < _hostName.Length; i++)
            {
                byte b = _bytes[at + i];
                if (b == (byte)'.' || b == 0)
                {
                    break;
                }
                if (b >= (byte)'A' && b <= (byte)'Z')
                {
                    b = (byte)(b + 32);
                }
                if ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'-')
                {
                    _hostName[kept++] = b;
                }
            }
            HostNameLength = kept;
        }

        private bool Same(byte[] expected, int offset, int length)
        {
            if (expected.Length != length)
            {
                return false;
            }
            for (int i = 0; i < length; i++)
            {
                if (expected[i] != _bytes[offset + i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
