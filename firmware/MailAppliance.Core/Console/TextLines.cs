using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>Collects output lines; nanoFramework's mscorlib has no StringBuilder or string.Join.</summary>
    internal sealed class TextLines
    {
        private string[] _items = StringArrays.New(32);
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        public void Add(string line)
        {
            if (_count == _items.Length)
            {
                _items = StringArrays.Resize(_items, _count * 2);
            }
            _items[_count++] = line;
        }

        /// <summary>Adds each of <paramref name="lines"/>.</summary>
        public void AddAll(string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                Add(lines[i]);
            }
        }

        /// <summary>Every line followed by CRLF.</summary>
        public override string ToString()
        {
            var parts = StringArrays.New(_count * 2);
            for (int i = 0; i < _count; i++)
            {
                parts[2 * i] = _items[i];
                parts[2 * i + 1] = CliText.NewLine;
            }
            return string.Concat(parts);
        }
    }
}
