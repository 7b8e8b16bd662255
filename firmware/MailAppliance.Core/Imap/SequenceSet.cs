namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// An IMAP sequence set (RFC 3501 §9, sequence-set): "1:3,5,7:*", of message numbers or
    /// UIDs. "*" is the largest number in use, known only when the set is applied, so ranges are
    /// kept as written and resolved by <see cref="Contains"/>. A range may be written high to low.
    /// </summary>
    internal sealed class SequenceSet
    {
        // -1 stands for "*".
        private const long Star = -1;

        private readonly long[] _lows;
        private readonly long[] _highs;

        private SequenceSet(long[] lows, long[] highs)
        {
            _lows = lows;
            _highs = highs;
        }

        /// <summary>The set written in <paramref name="text"/>, or null when it is not one.</summary>
        public static SequenceSet Parse(string text)
        {
            string[] parts = text.Split(',');
            var lows = new long[parts.Length];
            var highs = new long[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i];
                int colon = part.IndexOf(':');
                if (!Number(colon < 0 ? part : part.Substring(0, colon), out lows[i])
                    || !Number(colon < 0 ? part : part.Substring(colon + 1), out highs[i]))
                {
                    return null;
                }
            }
            return new SequenceSet(lows, highs);
        }

        /// <summary>True when <paramref name="number"/> is in the set, "*" being <paramref name="largest"/>.</summary>
        public bool Contains(long number, long largest)
        {
            for (int i = 0; i < _lows.Length; i++)
            {
                long a = _lows[i] == Star ? largest : _lows[i];
                long b = _highs[i] == Star ? largest : _highs[i];
                if ((number >= a && number <= b) || (number >= b && number <= a))
                {
                    return true;
                }
            }
            return false;
        }

        // nz-number (1 to 4294967295) or "*".
        private static bool Number(string text, out long value)
        {
            value = 0;
            if (text == "*")
            {
                value = Star;
                return true;
            }
            if (text.Length > 0 && text[0] == '0' || !Text.Numbers.TryParse(text, out value))
            {
                return false;
            }
            return value <= 0xFFFFFFFFL;
        }
    }
}
