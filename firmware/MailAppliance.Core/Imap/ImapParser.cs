namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// Reads one IMAP command (RFC 3501 §9's grammar, as RFC 9051 keeps it). The command comes as
    /// segments: its line text, split where the client sent a literal — a text segment ending in
    /// "{n}" or "{n+}" (RFC 7888's LITERAL+) is followed by a segment holding the literal's n
    /// bytes (as Latin-1 characters), then the rest of the line. Reading is liberal where clients
    /// differ and strict where a mistake would change the meaning: any error is a BAD reply's text.
    /// </summary>
    internal sealed class ImapParser
    {
        /// <summary>Deepest nesting of parenthesised lists accepted (SEARCH's OR/NOT, FETCH's lists).</summary>
        public const int MaxDepth = 16;

        private readonly string[] _segments;
        private readonly int _count;
        private int _segment;
        private int _at;

        private ImapParser(string[] segments, int count)
        {
            _segments = segments;
            _count = count;
        }

        /// <summary>The command, or null with <paramref name="error"/> (and the tag, when one was read, for the BAD reply).</summary>
        public static ImapCommand Parse(string[] segments, int count, out string tag, out string error)
        {
            var parser = new ImapParser(segments, count);
            return parser.Command(out tag, out error);
        }

        /// <summary>
        /// True when <paramref name="line"/> ends in a literal's size, "{n}" or "{n+}" (LITERAL+:
        /// the client does not wait for "+ "), so its next n bytes are the literal.
        /// </summary>
        public static bool EndsInLiteral(string line, out long size, out bool nonSynchronising)
        {
            size = 0;
            nonSynchronising = false;
            if (line.Length < 3 || line[line.Length - 1] != '}')
            {
                return false;
            }
            int end = line.Length - 1;
            if (line[end - 1] == '+')
            {
                nonSynchronising = true;
                end--;
            }
            int open = line.LastIndexOf('{', end);
            if (open < 0 || open == end - 1 || end - open > 11)
            {
                return false;
            }
            for (int i = open + 1; i < end; i++)
            {
                char c = line[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }
                size = size * 10 + (c - '0');
            }
            return true;
        }

        /// <summary>The tag a command line begins with, or "*" when it has none a reply could carry.</summary>
        public static string TagOf(string line)
        {
            int space = line.IndexOf(' ');
            string tag = space < 0 ? line : line.Substring(0, space);
            return tag.Length > 0 && IsTag(tag) ? tag : "*";
        }

        private string Text
        {
            get { return _segments[_segment]; }
        }

        private ImapCommand Command(out string tag, out string error)
        {
            tag = ReadWord();
            if (tag.Length == 0 || !IsTag(tag))
            {
                tag = null;
                error = "Missing or invalid tag";
                return null;
            }
            if (!Space())
            {
                error = "Missing command";
                return null;
            }
            string name = ReadWord().ToUpper();
            if (name.Length == 0 || !IsAtom(name))
            {
                error = "Missing or invalid command";
                return null;
            }
            var arguments = new ImapValue[4];
            int n = 0;
            while (!AtEnd())
            {
                if (!Space())
                {
                    error = "Expected a space between arguments";
                    return null;
                }
                ImapValue value = ReadValue(0, out error);
                if (value == null)
                {
                    return null;
                }
                if (n == arguments.Length)
                {
                    arguments = Grow(arguments);
                }
                arguments[n++] = value;
            }
            error = null;
            return new ImapCommand(tag, name, Trim(arguments, n));
        }

        private ImapValue ReadValue(int depth, out string error)
        {
            error = null;
            if (AtSegmentEnd())
            {
                error = "Missing argument";
                return null;
            }
            char c = Text[_at];
            if (c == '"')
            {
                return ReadQuoted(out error);
            }
            if (c == '{')
            {
                return ReadLiteral(out error);
            }
            if (c == '(')
            {
                return ReadList(depth, out error);
            }
            string atom = ReadAtom(out error);
            return atom == null ? null : ImapValue.OfAtom(atom);
        }

        // RFC 3501 §4.3: "(" [value *(SP value)] ")".
        private ImapValue ReadList(int depth, out string error)
        {
            if (depth == MaxDepth)
            {
                error = "Lists nested too deeply";
                return null;
            }
            _at++;
            var items = new ImapValue[4];
            int n = 0;
            while (true)
            {
                if (AtSegmentEnd())
                {
                    error = "Unclosed list";
                    return null;
                }
                if (Text[_at] == ')')
                {
                    _at++;
                    error = null;
                    return ImapValue.OfList(Trim(items, n));
                }
                if (n > 0 && !Space())
                {
                    error = "Expected a space in a list";
                    return null;
                }
                ImapValue value = ReadValue(depth + 1, out error);
                if (value == null)
                {
                    return null;
                }
                if (n == items.Length)
                {
                    items = Grow(items);
                }
                items[n++] = value;
            }
        }

        // RFC 3501 §4.3: DQUOTE *(any CHAR but CR, LF, '"', '\' | "\" '"' | "\" "\") DQUOTE.
        private ImapValue ReadQuoted(out string error)
        {
            string text = Text;
            int at = _at + 1;
            string value = "";
            int start = at;
            while (at < text.Length)
            {
                char c = text[at];
                if (c == '"')
                {
                    _at = at + 1;
                    error = null;
                    return ImapValue.OfString(value + text.Substring(start, at - start));
                }
                if (c == '\\')
                {
                    if (at + 1 >= text.Length || (text[at + 1] != '"' && text[at + 1] != '\\'))
                    {
                        error = "Only \\\" and \\\\ may be escaped in a quoted string";
                        return null;
                    }
                    value += text.Substring(start, at - start) + text[at + 1];
                    at += 2;
                    start = at;
                    continue;
                }
                at++;
            }
            error = "Unclosed quoted string";
            return null;
        }

        // "{n}" or "{n+}" ends its text segment; the next segment is the literal itself.
        private ImapValue ReadLiteral(out string error)
        {
            string text = Text;
            int close = text.IndexOf('}', _at);
            if (close != text.Length - 1 || _segment + 1 >= _count)
            {
                error = "A literal's {size} must end the line";
                return null;
            }
            string literal = _segments[_segment + 1];
            _segment += 2;
            _at = 0;
            if (_segment >= _count)
            {
                // The literal ended the command: nothing after it, not even the line's end.
                _segment = _count - 1;
                _at = Text.Length;
            }
            error = null;
            return ImapValue.OfString(literal);
        }

        // An atom, liberally: anything up to a space or a list's ")", with a [section] read whole
        // (BODY[HEADER.FIELDS (FROM TO)]<0.100>), '*' and '%' allowed (sequence sets, LIST patterns).
        private string ReadAtom(out string error)
        {
            string text = Text;
            int start = _at;
            int brackets = 0;
            while (_at < text.Length)
            {
                char c = text[_at];
                if (c == '[')
                {
                    brackets++;
                }
                else if (c == ']')
                {
                    brackets--;
                }
                else if (brackets == 0 && (c == ' ' || c == ')' || c == '(' || c == '"' || c == '{'))
                {
                    break;
                }
                if (c < ' ' || c == 127)
                {
                    error = "Control characters are not allowed in an atom";
                    return null;
                }
                _at++;
            }
            if (brackets != 0)
            {
                error = "Unbalanced [ ] in " + text.Substring(start, _at - start);
                return null;
            }
            if (_at == start)
            {
                error = "Unexpected '" + text[_at] + "'";
                return null;
            }
            error = null;
            return text.Substring(start, _at - start);
        }

        private string ReadWord()
        {
            string text = Text;
            int start = _at;
            while (_at < text.Length && text[_at] != ' ')
            {
                _at++;
            }
            return text.Substring(start, _at - start);
        }

        private bool Space()
        {
            if (_at < Text.Length && Text[_at] == ' ')
            {
                _at++;
                return true;
            }
            return false;
        }

        private bool AtSegmentEnd()
        {
            return _at >= Text.Length;
        }

        private bool AtEnd()
        {
            return _segment == _count - 1 && _at >= Text.Length;
        }

        // RFC 3501: tag = 1*<any ASTRING-CHAR except "+">.
        private static bool IsTag(string tag)
        {
            for (int i = 0; i < tag.Length; i++)
            {
                char c = tag[i];
                if (c == '+' || !IsAtomChar(c) && c != ']')
                {
                    return false;
                }
            }
            return true;
        }

        private static bool IsAtom(string atom)
        {
            for (int i = 0; i < atom.Length; i++)
            {
                if (!IsAtomChar(atom[i]))
                {
                    return false;
                }
            }
            return true;
        }

        // ATOM-CHAR: any CHAR except atom-specials: ( ) { SP CTL % * " \ ].
        private static bool IsAtomChar(char c)
        {
            return c > ' ' && c < 127 && c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"' && c != '\\' && c != ']';
        }

        private static ImapValue[] Grow(ImapValue[] items)
        {
            var grown = new ImapValue[items.Length * 2];
            System.Array.Copy(items, grown, items.Length);
            return grown;
        }

        private static ImapValue[] Trim(ImapValue[] items, int count)
        {
            var trimmed = new ImapValue[count];
            System.Array.Copy(items, trimmed, count);
            return trimmed;
        }
    }
}
