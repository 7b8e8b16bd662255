namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The regular expressions of IOS's output filters, in the part people use: literal text,
    /// <c>.</c> any character, <c>*</c> the one before repeated, <c>^</c> and <c>$</c> for the
    /// line's start and end, <c>_</c> a word boundary (blank, comma, start or end, as IOS), and
    /// <c>|</c> between alternatives (<c>include smtp|pop3</c>). Matching is case-sensitive, as
    /// on IOS. The matcher is Pike's and Kernighan's: no allocation, backtracking only on <c>*</c>.
    /// </summary>
    internal static class LinePattern
    {
        /// <summary>True when <paramref name="pattern"/> matches somewhere in <paramref name="line"/>.</summary>
        public static bool Matches(string pattern, string line)
        {
            int start = 0;
            while (true)
            {
                int bar = pattern.IndexOf('|', start);
                int end = bar < 0 ? pattern.Length : bar;
                if (MatchesAlternative(pattern, start, end, line))
                {
                    return true;
                }
                if (bar < 0)
                {
                    return false;
                }
                start = bar + 1;
            }
        }

        private static bool MatchesAlternative(string p, int from, int to, string line)
        {
            if (from < to && p[from] == '^')
            {
                return Here(p, from + 1, to, line, 0);
            }
            for (int at = 0; at <= line.Length; at++)
            {
                if (Here(p, from, to, line, at))
                {
                    return true;
                }
            }
            return false;
        }

        // Does p[i..to) match the line from position at on?
        private static bool Here(string p, int i, int to, string line, int at)
        {
            while (true)
            {
                if (i == to)
                {
                    return true;
                }
                if (i + 1 < to && p[i + 1] == '*')
                {
                    return Star(p[i], p, i + 2, to, line, at);
                }
                if (p[i] == '$' && i + 1 == to)
                {
                    return at == line.Length;
                }
                if (p[i] == '_')
                {
                    // A boundary: consumes a blank or comma, or matches at either end.
                    if (at == 0 || at == line.Length)
                    {
                        if (at < line.Length && (line[at] == ' ' || line[at] == ','))
                        {
                            at++;
                        }
                        i++;
                        continue;
                    }
                    if (line[at] != ' ' && line[at] != ',')
                    {
                        return false;
                    }
                    i++;
                    at++;
                    continue;
                }
                if (at < line.Length && (p[i] == '.' || p[i] == line[at]))
                {
                    i++;
                    at++;
                    continue;
                }
                return false;
            }
        }

        private static bool Star(char c, string p, int i, int to, string line, int at)
        {
            do
            {
                if (Here(p, i, to, line, at))
                {
                    return true;
                }
            }
            while (at < line.Length && (line[at++] == c || c == '.'));
            return false;
        }
    }
}
