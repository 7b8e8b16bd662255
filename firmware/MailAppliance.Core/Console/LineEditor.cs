namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The line being typed and its cursor, IOS "enhanced editing": each edit returns what the
    /// terminal must be sent to show it. Only backspace, spaces and the text itself are used,
    /// no VT100 sequences, so it draws right on every terminal a teacher may have (IOS does the
    /// same). "" means nothing to draw; <see cref="Bell"/> that the key did nothing.
    /// </summary>
    internal sealed class LineEditor
    {
        /// <summary>Longest line kept; keys past it ring the bell.</summary>
        public const int MaxLine = 512;

        public const string Bell = "\a";

        private readonly char[] _line = new char[MaxLine];

        public int Length { get; private set; }

        public int Cursor { get; private set; }

        public string Text
        {
            get { return new string(_line, 0, Length); }
        }

        /// <summary>Empties the line (after Enter, Ctrl-C).</summary>
        public void Clear()
        {
            Length = 0;
            Cursor = 0;
        }

        public string Insert(char c)
        {
            if (Length == MaxLine)
            {
                return Bell;
            }
            for (int i = Length; i > Cursor; i--)
            {
                _line[i] = _line[i - 1];
            }
            _line[Cursor] = c;
            Length++;
            Cursor++;
            string tail = Tail(Cursor);
            return c.ToString() + tail + Backs(tail.Length);
        }

        /// <summary>Backspace / DEL: the character before the cursor.</summary>
        public string Backspace()
        {
            if (Cursor == 0)
            {
                return Bell;
            }
            Cursor--;
            return "\b" + Remove(Cursor, 1);
        }

        /// <summary>Ctrl-D, the Delete key: the character under the cursor.</summary>
        public string DeleteUnder()
        {
            return Cursor == Length ? Bell : Remove(Cursor, 1);
        }

        /// <summary>Ctrl-W: the word before the cursor, and the blanks after it.</summary>
        public string DeleteWord()
        {
            if (Cursor == 0)
            {
                return Bell;
            }
            int start = Cursor;
            while (start > 0 && _line[start - 1] == ' ')
            {
                start--;
            }
            while (start > 0 && _line[start - 1] != ' ')
            {
                start--;
            }
            int count = Cursor - start;
            Cursor = start;
            return Backs(count) + Remove(start, count);
        }

        /// <summary>Ctrl-K: from the cursor to the end.</summary>
        public string DeleteToEnd()
        {
            int count = Length - Cursor;
            Length = Cursor;
            return Spaces(count) + Backs(count);
        }

        /// <summary>Ctrl-U (and Ctrl-X): from the start to the cursor.</summary>
        public string DeleteToStart()
        {
            int count = Cursor;
            Cursor = 0;
            return Backs(count) + Remove(0, count);
        }

        public string Left()
        {
            if (Cursor == 0)
            {
                return Bell;
            }
            Cursor--;
            return "\b";
        }

        public string Right()
        {
            if (Cursor == Length)
            {
                return Bell;
            }
            Cursor++;
            return _line[Cursor - 1].ToString();
        }

        /// <summary>Ctrl-A.</summary>
        public string Home()
        {
            string back = Backs(Cursor);
            Cursor = 0;
            return back;
        }

        /// <summary>Ctrl-E.</summary>
        public string End()
        {
            string tail = Tail(Cursor);
            Cursor = Length;
            return tail;
        }

        /// <summary>Puts <paramref name="text"/> in place of the line, the cursor at its end (history, Tab).</summary>
        public string Replace(string text)
        {
            int old = Length;
            string back = Backs(Cursor);
            Length = text.Length < MaxLine ? text.Length : MaxLine;
            for (int i = 0; i < Length; i++)
            {
                _line[i] = text[i];
            }
            Cursor = Length;
            int stale = old > Length ? old - Length : 0;
            return back + Text + Spaces(stale) + Backs(stale);
        }

        // Takes count characters out at start, the cursor there; redraws what followed.
        private string Remove(int start, int count)
        {
            for (int i = start; i + count < Length; i++)
            {
                _line[i] = _line[i + count];
            }
            Length -= count;
            string tail = Tail(start);
            return tail + Spaces(count) + Backs(tail.Length + count);
        }

        private string Tail(int from)
        {
            return new string(_line, from, Length - from);
        }

        private static string Backs(int count)
        {
            return new string('\b', count);
        }

        private static string Spaces(int count)
        {
            return new string(' ', count);
        }
    }
}
