using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// Holds what a command writes until it has finished, for the output filters and the pager,
    /// which need it whole (a show command's output is a few KB at most).
    /// </summary>
    internal sealed class TextCollector : ICliOutput
    {
        private string[] _parts = StringArrays.New(16);
        private int _count;

        public void Write(string text)
        {
            if (_count == _parts.Length)
            {
                _parts = StringArrays.Resize(_parts, _count * 2);
            }
            _parts[_count++] = text;
        }

        /// <summary>Everything written, and starts again empty.</summary>
        public string Take()
        {
            string text = string.Concat(StringArrays.Resize(_parts, _count));
            _parts = StringArrays.New(16);
            _count = 0;
            return text;
        }
    }
}
