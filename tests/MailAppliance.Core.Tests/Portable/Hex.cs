namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>Bytes as lower-case hexadecimal text (nanoFramework has no Convert.ToHexString).</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        public static string Byte(byte b) => Digits[b >> 4].ToString() + Digits[b & 15].ToString();

        /// <summary>Bytes from hex digits; spaces between them are ignored (fixtures group fields).</summary>
        public static byte[] Bytes(string hex)
        {
            var digits = new int[hex.Length];
            int count = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] != ' ')
                {
                    digits[count++] = Digits.IndexOf(hex[i]);
                }
            }
            var bytes = new byte[count / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((digits[2 * i] << 4) | digits[2 * i + 1]);
            }
            return bytes;
        }

        public static string Of(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = Digits[bytes[i] >> 4];
                chars[2 * i + 1] = Digits[bytes[i] & 15];
            }
            return new string(chars);
        }
    }
}
