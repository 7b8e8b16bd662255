namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>
    /// Latin-1 text to bytes and back, one byte per character (nanoFramework's mscorlib has no
    /// Encoding, and Core's Ascii turns characters above 0x7F into '?', which tests must not).
    /// </summary>
    public static class Latin1
    {
        public static byte[] GetBytes(string text)
        {
            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }
            return bytes;
        }

        public static string GetString(byte[] bytes) => GetString(bytes, 0, bytes.Length);

        public static string GetString(byte[] bytes, int offset, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }
            return new string(chars);
        }
    }
}
