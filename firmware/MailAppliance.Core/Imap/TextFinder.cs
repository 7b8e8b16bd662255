namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// Looks for a string in bytes fed a chunk at a time (SEARCH's FROM, SUBJECT, BODY, TEXT:
    /// RFC 3501 §6.4.4 "contains the specified string"), ignoring ASCII case, in memory the size
    /// of the string: Knuth–Morris–Pratt, so a match cut between two reads is still found.
    /// </summary>
    internal sealed class TextFinder
    {
        private readonly char[] _pattern;
        private readonly int[] _fallback;
        private int _matched;

        public TextFinder(string text)
        {
            _pattern = text.ToLower().ToCharArray();
            _fallback = new int[_pattern.Length + 1];
            int k = 0;
            for (int i = 1; i < _pattern.Length; i++)
            {
                while (k > 0 && _pattern[i] != _pattern[k])
                {
                    k = _fallback[k];
                }
                k += _pattern[i] == _pattern[k] ? 1 : 0;
                _fallback[i + 1] = k;
            }
            Found = _pattern.Length == 0;
        }

        /// <summary>True once the string was seen.</summary>
        public bool Found { get; private set; }

        public void Feed(byte[] bytes, int offset, int count)
        {
            for (int i = offset; i < offset + count && !Found; i++)
            {
                char c = (char)bytes[i];
                c = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
                while (_matched > 0 && c != _pattern[_matched])
                {
                    _matched = _fallback[_matched];
                }
                if (c == _pattern[_matched] && ++_matched == _pattern.Length)
                {
                    Found = true;
                }
            }
        }

        /// <summary>Starts again, for the next message.</summary>
        public void Reset()
        {
            _matched = 0;
            Found = _pattern.Length == 0;
        }
    }
}
