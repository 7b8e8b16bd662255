namespace MailAppliance.Core.Console
{
    /// <summary>
    /// IOS's pager: a command's output longer than the terminal stops after a screenful at
    /// " --More-- "; Space shows the next screenful, Enter the next line, any other key (q)
    /// ends the output. <c>terminal length 0</c> turns it off, as scripts need.
    /// </summary>
    internal sealed class MorePager
    {
        public const string More = " --More-- ";

        // Backspaces, blanks, backspaces: takes " --More-- " off the screen, as IOS does.
        private static string EraseMore()
        {
            return new string('\b', More.Length) + new string(' ', More.Length) + new string('\b', More.Length);
        }

        private string _text;
        private int _at;
        private int _length;

        /// <summary>True while output waits at " --More-- " for a key.</summary>
        public bool Waiting
        {
            get { return _text != null; }
        }

        /// <summary>
        /// What to write of <paramref name="text"/> now on a terminal of <paramref name="length"/>
        /// lines (0: no paging); the rest waits for keys.
        /// </summary>
        public string Show(string text, int length)
        {
            if (length <= 0 || text.Length == 0)
            {
                return text;
            }
            _text = text;
            _at = 0;
            _length = length;
            return Lines(length - 1);
        }

        /// <summary>What a key at " --More-- " writes; <see cref="Waiting"/> is false once the output ended.</summary>
        public string Key(int key)
        {
            switch (key)
            {
                case ' ':
                    return EraseMore() + Lines(_length - 1);
                case '\r':
                case '\n':
                    return EraseMore() + Lines(1);
                default:
                    _text = null;
                    return EraseMore();
            }
        }

        // The next count lines, then " --More-- " if text is left.
        private string Lines(int count)
        {
            int end = _at;
            for (int i = 0; i < count && end < _text.Length; i++)
            {
                int next = _text.IndexOf('\n', end);
                end = next < 0 ? _text.Length : next + 1;
            }
            string shown = _text.Substring(_at, end - _at);
            _at = end;
            if (_at >= _text.Length)
            {
                _text = null;
                return shown;
            }
            return shown + More;
        }
    }
}
