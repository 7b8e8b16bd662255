namespace MailAppliance.Core.Text
{
    /// <summary>
    /// Client text made safe for the teacher's terminal: a control character (C0, DEL, and the C1
    /// range that Latin-1 bytes decode to, which holds the 8-bit CSI) is shown as <c>\xHH</c>, so
    /// a client's <c>ESC [2J</c> reads as <c>\x1b[2J</c> instead of clearing the screen, and a CR
    /// cannot overwrite a line already shown.
    /// </summary>
    internal static class Printable
    {
        private const string HexDigits = "0123456789abcdef";

        /// <summary><paramref name="text"/> with its controls escaped; the same instance when it has none.</summary>
        public static string Escape(string text)
        {
            int controls = 0;
            for (int i = 0; i < text.Length; i++)
            {
                controls += IsControl(text[i]) ? 1 : 0;
            }
            if (controls == 0)
            {
                return text;
            }
            var chars = new char[text.Length + 3 * controls];
            int at = 0;
            for (int i = 0; i < text.Length; i++)
            {
                at = Put(text[i], chars, at);
            }
            return new string(chars);
        }

        /// <summary>
        /// The text of <paramref name="count"/> bytes (Latin-1) with their controls escaped. Made
        /// from the bytes, never from a string holding them: nanoCLR's strings end at a NUL.
        /// </summary>
        public static string Escape(byte[] bytes, int offset, int count)
        {
            int controls = 0;
            for (int i = 0; i < count; i++)
            {
                controls += IsControl((char)bytes[offset + i]) ? 1 : 0;
            }
            var chars = new char[count + 3 * controls];
            int at = 0;
            for (int i = 0; i < count; i++)
            {
                at = Put((char)bytes[offset + i], chars, at);
            }
            return new string(chars);
        }

        /// <summary>
        /// True when a byte is a control a command line must not hold: C0 but TAB (CR, LF, NUL,
        /// ESC...) and DEL. Bytes above 0x7F are left to the protocol: in UTF-8 they are text.
        /// </summary>
        public static bool IsCommandControl(byte b)
        {
            return (b < 0x20 && b != (byte)'\t') || b == 0x7F;
        }

        private static int Put(char c, char[] chars, int at)
        {
            if (!IsControl(c))
            {
                chars[at++] = c;
                return at;
            }
            chars[at++] = '\\';
            chars[at++] = 'x';
            chars[at++] = HexDigits[(c >> 4) & 0xF];
            chars[at++] = HexDigits[c & 0xF];
            return at;
        }

        private static bool IsControl(char c)
        {
            return c < ' ' || (c >= (char)0x7F && c <= (char)0x9F);
        }
    }
}
