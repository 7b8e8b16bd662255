namespace MailAppliance.Core.Text
{
    /// <summary>Bytes as hex, the way Cisco IOS writes MAC addresses and DHCP client ids.</summary>
    internal static class DottedHex
    {
        /// <summary>
        /// Bytes from hex written as Cisco does (0100.5e00.0001), with colons or dashes, or
        /// plain; null when it is not hex or has an odd number of digits.
        /// </summary>
        public static byte[] TryParse(string text)
        {
            var digits = new char[text.Length];
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '.' || c == ':' || c == '-')
                {
                    continue;
                }
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex)
                {
                    return null;
                }
                digits[count++] = c;
            }
            if (count == 0 || count % 2 != 0 || count > 64)
            {
                return null;
            }
            var bytes = new byte[count / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                long value;
                Numbers.TryParseHex(new string(digits, 2 * i, 2), out value);
                bytes[i] = (byte)value;
            }
            return bytes;
        }

        /// <summary>Cisco's dotted hex: groups of two bytes, "0100.5e00.0001".</summary>
        public static string Format(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2 + bytes.Length / 2];
            int at = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (i > 0 && i % 2 == 0)
                {
                    chars[at++] = '.';
                }
                string hex = Numbers.ToHex(bytes[i], 2);
                chars[at++] = hex[0];
                chars[at++] = hex[1];
            }
            return new string(chars, 0, at);
        }
    }
}
