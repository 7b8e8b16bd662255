namespace MailAppliance.Core.Text
{
    /// <summary>Parses the plain decimal numbers of protocol arguments (SIZE=, message numbers).</summary>
    public static class Numbers
    {
        /// <summary>
        /// Digits only, no sign or spaces, at most 18 of them so the value cannot overflow.
        /// mscorlib's parsers throw on bad input; client data must never throw.
        /// </summary>
        public static bool TryParse(string text, out long value)
        {
            value = 0;
            if (text == null || text.Length == 0 || text.Length > 18)
            {
                return false;
            }
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }
                value = value * 10 + (c - '0');
            }
            return true;
        }
    
        /// <summary>Parses up to 15 hexadecimal digits (file names made by <see cref="ToHex"/>).</summary>
        public static bool TryParseHex(string text, out long value)
        {
            value = 0;
            if (text == null || text.Length == 0 || text.Length > 15)
            {
                return false;
            }
            for (int i = 0; i < text.Length; i++)
            {
                int digit = HexDigits.IndexOf(text[i]) % 16;
                if (digit < 0)
                {
                    return false;
                }
                value = value * 16 + digit;
            }
            return true;
        }

        /// <summary>Lower-case hexadecimal of <paramref name="value"/>, zero-padded to <paramref name="digits"/>.</summary>
        public static string ToHex(long value, int digits)
        {
            var chars = new char[digits];
            for (int i = digits - 1; i >= 0; i--)
            {
                chars[i] = HexDigits[(int)(value & 0xF)];
                value >>= 4;
            }
            return new string(chars);
        }

        /// <summary>The decimal digits of a non-negative <paramref name="value"/>, zero-padded to <paramref name="digits"/> ("07", "042").</summary>
        public static string ToDecimal(long value, int digits)
        {
            string text = value.ToString();
            return text.Length >= digits ? text : new string('0', digits - text.Length) + text;
        }

        // Lower case first: ToHex writes those; upper case maps to the same value modulo 16.
        private const string HexDigits = "0123456789abcdef0123456789ABCDEF";
    }
}
