using MailAppliance.Core.Text;

namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// Hides the secrets of a command line before it reaches the trace: PASS's password
    /// (RFC 1939 §7) and AUTH's initial response (RFC 4954 §4, RFC 5034 §4), whatever case the
    /// verb is in and whatever blanks separate the words; and, after an IMAP command's tag,
    /// LOGIN's password and AUTHENTICATE's initial response (RFC 3501 §6.2, RFC 4959).
    /// </summary>
    internal static class TraceMask
    {
        public const string Hidden = " (hidden)";

        /// <summary>The line as the trace may show it: the same instance when it holds no secret.</summary>
        public static string Hide(string line)
        {
            int verbStart = SkipBlanks(line, 0);
            int verbEnd = line.IndexOfAny(Ascii.Blanks, verbStart);
            if (verbEnd < 0 || SkipBlanks(line, verbEnd) == line.Length)
            {
                return line;
            }
            string verb = line.Substring(verbStart, verbEnd - verbStart);
            if (Ascii.EqualsIgnoreCase(verb, "PASS"))
            {
                return line.Substring(0, verbEnd) + Hidden;
            }
            if (!Ascii.EqualsIgnoreCase(verb, "AUTH"))
            {
                return line;
            }
            int mechanismEnd = line.IndexOfAny(Ascii.Blanks, SkipBlanks(line, verbEnd));
            if (mechanismEnd < 0 || SkipBlanks(line, mechanismEnd) == line.Length)
            {
                return line;
            }
            return line.Substring(0, mechanismEnd) + Hidden;
        }

        /// <summary>An IMAP command line as the trace may show it: "a1 LOGIN alice (hidden)".</summary>
        public static string HideTagged(string line)
        {
            string[] words = line.Split(' ');
            if (words.Length >= 4 && (Ascii.EqualsIgnoreCase(words[1], "LOGIN") || Ascii.EqualsIgnoreCase(words[1], "AUTHENTICATE")))
            {
                return words[0] + " " + words[1] + " " + words[2] + Hidden;
            }
            return line;
        }

        private static int SkipBlanks(string line, int at)
        {
            while (at < line.Length && (line[at] == ' ' || line[at] == '\t'))
            {
                at++;
            }
            return at;
        }
    }
}
