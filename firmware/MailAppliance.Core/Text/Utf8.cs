namespace MailAppliance.Core.Text
{
    /// <summary>Strict UTF-8 (RFC 3629) to text, for names that arrive percent-encoded (a web path).</summary>
    public static class Utf8
    {
        /// <summary>
        /// The text of the first <paramref name="count"/> bytes, or null when they are not UTF-8:
        /// a broken or overlong sequence, a surrogate, a character past U+FFFF (kept out, as
        /// nothing in a lab's file names needs one), or NUL, at which a nanoFramework string
        /// would end (so "a%00.html" would read as "a" on the board and not on a PC).
        /// </summary>
        public static string Decode(byte[] bytes, int count)
        {
            var chars = new char[count];
            int length = 0;
            int i = 0;
            while (i < count)
            {
                int b = bytes[i];
                if (b == 0)
                {
                    return null;
                }
                int needed = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : -1;
                if (needed < 0 || i + needed >= count)
                {
                    return null; // not a lead byte, or the sequence is cut short
                }
                int value = needed == 0 ? b : needed == 1 ? b & 0x1F : b & 0x0F;
                for (int k = 1; k <= needed; k++)
                {
                    int next = bytes[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return null;
                    }
                    value = (value << 6) | (next & 0x3F);
                }
                bool overlong = (needed == 1 && value < 0x80) || (needed == 2 && value < 0x800);
                if (overlong || (value >= 0xD800 && value <= 0xDFFF))
                {
                    return null;
                }
                chars[length++] = (char)value;
                i += needed + 1;
            }
            return new string(chars, 0, length);
        }
    }
}
