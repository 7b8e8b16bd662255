using System;

namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>Bytes as hexadecimal text and back, for expected bytes written into generated test source.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        public static string Byte(byte b) => Digits[b >> 4].ToString() + Digits[b & 15].ToString();

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

        public static byte[] Parse(string hex)
        {
            var bytes = new byte[hex.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)(Digits.IndexOf(hex[2 * i]) * 16 + Digits.IndexOf(hex[2 * i + 1]));
            }
            return bytes;
        }
    }
}
