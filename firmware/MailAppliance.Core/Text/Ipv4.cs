namespace MailAppliance.Core.Text
{
    /// <summary>IPv4 addresses as host-order uints: "192.168.1.2" is 0xC0A80102.</summary>
    public static class Ipv4
    {
        /// <summary>Parses dotted-quad text; false for anything else.</summary>
        public static bool TryParse(string text, out uint address)
        {
            address = 0;
            if (text == null)
            {
                return false;
            }
            string[] parts = text.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }
            for (int i = 0; i < 4; i++)
            {
                long octet;
                if (parts[i].Length > 3 || !Numbers.TryParse(parts[i], out octet) || octet > 255)
                {
                    return false;
                }
                address = (address << 8) | (uint)octet;
            }
            return true;
        }

        /// <summary>Dotted-quad text of an address.</summary>
        public static string Format(uint address)
        {
            return (address >> 24) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "." + (address & 0xFF);
        }

        /// <summary>Reads 4 bytes in network order.</summary>
        public static uint Read(byte[] buffer, int offset)
        {
            return NetworkOrder.Read32(buffer, offset);
        }

        /// <summary>Writes 4 bytes in network order.</summary>
        public static void Write(byte[] buffer, int offset, uint address)
        {
            NetworkOrder.Write32(buffer, offset, address);
        }

        /// <summary>The netmask of a prefix length (24 → 255.255.255.0).</summary>
        public static uint Mask(int prefixLength)
        {
            return prefixLength <= 0 ? 0 : 0xFFFFFFFFu << (32 - prefixLength);
        }
    }
}
