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
    }
}
