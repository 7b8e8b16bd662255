namespace MailAppliance.Core.Console
{
    /// <summary>
    /// IOS's <c>show ... | include|exclude|begin|section PATTERN</c>: what a show command printed,
    /// line by line through a <see cref="LinePattern"/>. A section is a line that is not indented
    /// with the indented lines under it (a pool and its settings in the running-config); it is
    /// shown whole when any of its lines matches.
    /// </summary>
    internal sealed class OutputFilter
    {
        private const int Include = 0;
        private const int Exclude = 1;
        private const int Begin = 2;
        private const int Section = 3;

        private readonly int _kind;
        private readonly string _pattern;

        private OutputFilter(int kind, string pattern)
        {
            _kind = kind;
            _pattern = pattern;
        }

        /// <summary>
        /// Cuts "show users | include x" at its '|' into the command (kept in
        /// <paramref name="line"/>) and the filter text; false when the line has no '|'.
        /// </summary>
        public static bool Split(ref string line, out string filter)
        {
            int bar = line.IndexOf('|');
            if (bar < 0)
            {
                filter = null;
                return false;
            }
            filter = line.Substring(bar + 1);
            line = line.Substring(0, bar);
            return true;
        }

        /// <summary>The filter after a '|' ("include smtp"), or null with <paramref name="error"/> set.</summary>
        public static OutputFilter Parse(string text, out string error)
        {
            error = null;
            text = text.Trim();
            int space = text.IndexOf(' ');
            string word = (space < 0 ? text : text.Substring(0, space)).ToLower();
            string pattern = space < 0 ? "" : text.Substring(space + 1).Trim();
            int kind = -1;
            string[] names = Names();
            for (int i = 0; i < names.Length; i += 2)
            {
                if (word.Length > 0 && names[i].StartsWith(word))
                {
                    kind = i / 2;
                    break;
                }
            }
            if (kind < 0)
            {
                error = "% Invalid output modifier: '" + word + "'. After | come: begin, exclude, include, section";
                return null;
            }
            if (pattern.Length == 0)
            {
                error = "% Incomplete command: | " + names[kind * 2] + " needs a pattern";
                return null;
            }
            return new OutputFilter(kind, pattern);
        }

        /// <summary>What '?' lists after "|", or after a partial modifier.</summary>
        public static string Help(string partial)
        {
            var lines = new TextLines();
            string[] names = Names();
            for (int i = 0; i < names.Length; i += 2)
            {
                if (names[i].StartsWith(partial.ToLower()))
                {
                    lines.Add("  " + CliText.Pad(names[i], 20) + names[i + 1]);
                }
            }
            return lines.Count == 0 ? "% Unrecognized command" + CliText.NewLine : lines.ToString();
        }

        /// <summary>The modifier a unique prefix stands for, or null (Tab).</summary>
        public static string Complete(string partial)
        {
            string found = null;
            string[] names = Names();
            for (int i = 0; i < names.Length; i += 2)
            {
                if (names[i].StartsWith(partial.ToLower()))
                {
                    if (found != null)
                    {
                        return null;
                    }
                    found = names[i];
                }
            }
            return found;
        }

        // In IOS's order of '?', which is also the order a prefix is resolved in.
        private static string[] Names() => new string[]
        {
            "include", "Include lines that match",
            "exclude", "Exclude lines that match",
            "begin", "Begin with the line that matches",
            "section", "Filter a section of output",
        };

        /// <summary>The lines of <paramref name="output"/> ("\r\n" ends each) that pass.</summary>
        public string Apply(string output)
        {
            var kept = new TextLines();
            bool begun = false;
            int at = 0;
            while (at < output.Length)
            {
                int end = NextLine(output, at);
                string line = Line(output, at, end);
                bool keep;
                switch (_kind)
                {
                    case Include:
                        keep = LinePattern.Matches(_pattern, line);
                        break;
                    case Exclude:
                        keep = !LinePattern.Matches(_pattern, line);
                        break;
                    case Begin:
                        begun = begun || LinePattern.Matches(_pattern, line);
                        keep = begun;
                        break;
                    default:
                        end = SectionEnd(output, at);
                        keep = SectionMatches(output, at, end);
                        break;
                }
                if (keep)
                {
                    AddLines(kept, output, at, end);
                }
                at = end;
            }
            return kept.ToString();
        }

        private static void AddLines(TextLines kept, string output, int at, int end)
        {
            while (at < end)
            {
                int next = NextLine(output, at);
                kept.Add(Line(output, at, next));
                at = next;
            }
        }

        // Where the section starting at the line at ends: before the next line that is not indented.
        private static int SectionEnd(string output, int at)
        {
            int end = NextLine(output, at);
            while (end < output.Length && output[end] == ' ')
            {
                end = NextLine(output, end);
            }
            return end;
        }

        private bool SectionMatches(string output, int at, int end)
        {
            while (at < end)
            {
                int next = NextLine(output, at);
                if (LinePattern.Matches(_pattern, Line(output, at, next)))
                {
                    return true;
                }
                at = next;
            }
            return false;
        }

        private static int NextLine(string output, int at)
        {
            int newline = output.IndexOf('\n', at);
            return newline < 0 ? output.Length : newline + 1;
        }

        // The line without its "\r\n".
        private static string Line(string output, int at, int end)
        {
            while (end > at && (output[end - 1] == '\n' || output[end - 1] == '\r'))
            {
                end--;
            }
            return output.Substring(at, end - at);
        }
    }
}
