namespace MailAppliance.Core.Text
{
    /// <summary>
    /// ASCII conversions and comparisons. nanoFramework's mscorlib has no Encoding, and the
    /// mail protocols' commands are ASCII (RFC 5321 §2.4), so Core converts by hand.
    /// </summary>
    public static class Ascii
    {
        /// <summary>
        /// What separates words of a command. RFC 5321 and RFC 1939 say SP; a TAB is taken too,
        /// as Postfix and Dovecot do, so a TAB-separated AUTH or PASS is read (and masked) as one.
        /// </summary>
        public static readonly char[] Blanks = { ' ', '\t' };

        /// <summary>Bytes of <paramref name="text"/>; a character above 0x7F becomes '?'.</summary>
        public static byte[] GetBytes(string text)
        {
            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bytes[i] = c < 0x80 ? (byte)c : (byte)'?';
            }
            return bytes;
        }

        /// <summary>Text of <paramref name="count"/> bytes; bytes above 0x7F are kept as Latin-1 characters.</summary>
        public static string GetString(byte[] bytes, int offset, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }
            return new string(chars);
        }

        /// <summary>Case-insensitive equality for ASCII text (protocol keywords, domains, user names).</summary>
        public static bool EqualsIgnoreCase(string a, string b)
        {
            if (a == null || b == null)
            {
                return a == b;
            }
            if (a.Length != b.Length)
            {
                return false;
            }
            for (int i = 0; i < a.Length; i++)
            {
                if (ToLower(a[i]) != ToLower(b[i]))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Case-insensitive equality of <paramref name="length"/> bytes with ASCII <paramref name="text"/>, without making a string.</summary>
        public static bool EqualsIgnoreCase(byte[] bytes, int length, string text)
        {
            if (length != text.Length)
            {
                return false;
            }
            for (int i = 0; i < length; i++)
            {
                if (ToLower((char)bytes[i]) != ToLower(text[i]))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>True when <paramref name="text"/> starts with <paramref name="prefix"/>, ignoring ASCII case.</summary>
        public static bool StartsWithIgnoreCase(string text, string prefix)
        {
            return text.Length >= prefix.Length && EqualsIgnoreCase(text.Substring(0, prefix.Length), prefix);
        }

        /// <summary>
        /// <paramref name="text"/> in ASCII lower case: the same instance when it already is, so a
        /// name kept in two tables (a DHCP lease and its DNS host) is held once on the board.
        /// </summary>
        public static string Lower(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] >= 'A' && text[i] <= 'Z')
                {
                    return text.ToLower();
                }
            }
            return text;
        }

        private static char ToLower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
    }
}
