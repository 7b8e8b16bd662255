namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// Finds options in a received message (RFC 2132 §2): walks code/length pairs from offset
    /// 240, checking every length against the message end, without copying anything.
    /// </summary>
    internal static class DhcpOptionReader
    {
        /// <summary>
        /// The offset of option <paramref name="code"/>'s data, or -1; <paramref name="length"/>
        /// is its data length. A malformed option area ends the search (the option is absent).
        /// </summary>
        public static int Find(byte[] packet, int packetLength, int code, out int length)
        {
            length = 0;
            int at = DhcpPacket.OptionsOffset;
            while (at < packetLength)
            {
                int current = packet[at];
                if (current == DhcpOption.Pad)
                {
                    at++;
                    continue;
                }
                if (current == DhcpOption.End || at + 1 >= packetLength)
                {
                    return -1;
                }
                int size = packet[at + 1];
                if (at + 2 + size > packetLength)
                {
                    return -1;
                }
                if (current == code)
                {
                    length = size;
                    return at + 2;
                }
                at += 2 + size;
            }
            return -1;
        }

        /// <summary>A one-byte option's value (message type), or -1.</summary>
        public static int Byte(byte[] packet, int packetLength, int code)
        {
            int length;
            int at = Find(packet, packetLength, code, out length);
            return at < 0 || length != 1 ? -1 : packet[at];
        }

        /// <summary>A four-byte address option's value, or 0.</summary>
        public static uint Address(byte[] packet, int packetLength, int code)
        {
            int length;
            int at = Find(packet, packetLength, code, out length);
            return at < 0 || length != 4 ? 0 : Text.Ipv4.Read(packet, at);
        }
    }
}
