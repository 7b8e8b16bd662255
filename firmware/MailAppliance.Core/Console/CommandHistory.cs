using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The last commands of one kind of mode (IOS keeps EXEC's and configuration's apart), for
    /// Up / Ctrl-P and Down / Ctrl-N and <c>show history</c>. Holds <see cref="Size"/> lines.
    /// </summary>
    internal sealed class CommandHistory
    {
        /// <summary>IOS's default, <c>terminal history size 10</c>.</summary>
        public const int DefaultSize = 10;

        /// <summary>IOS's largest.</summary>
        public const int MaxSize = 256;

        private string[] _lines = StringArrays.New(DefaultSize);
        private int _count;

        // Where Up/Down stand: _count is the line being typed, 0 the oldest kept.
        private int _position;

        public int Size
        {
            get { return _lines.Length; }
            set
            {
                int keep = _count < value ? _count : value;
                var lines = StringArrays.New(value);
                System.Array.Copy(_lines, _count - keep, lines, 0, keep);
                _lines = lines;
                _count = keep;
                _position = _count;
            }
        }

        public int Count
        {
            get { return _count; }
        }

        /// <summary>The <paramref name="index"/>th line kept, the oldest first.</summary>
        public string this[int index]
        {
            get { return _lines[index]; }
        }

        /// <summary>Keeps a line that was entered, and walking starts again from the newest.</summary>
        public void Add(string line)
        {
            if (_lines.Length == 0)
            {
                return;
            }
            if (_count == _lines.Length)
            {
                System.Array.Copy(_lines, 1, _lines, 0, _count - 1);
                _count--;
            }
            _lines[_count++] = line;
            _position = _count;
        }

        /// <summary>Up: the line before the one shown, or null at the oldest.</summary>
        public string Older()
        {
            if (_position == 0)
            {
                return null;
            }
            return _lines[--_position];
        }

        /// <summary>Down: the line after the one shown, "" past the newest, or null when not walking.</summary>
        public string Newer()
        {
            if (_position >= _count)
            {
                return null;
            }
            _position++;
            return _position == _count ? "" : _lines[_position];
        }

        /// <summary>Stops walking (a new line was begun).</summary>
        public void Rewind()
        {
            _position = _count;
        }
    }
}
