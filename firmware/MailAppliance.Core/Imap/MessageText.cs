using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// What SEARCH reads of a stored message, a card read at a time: the values of chosen header
    /// fields (through <see cref="HeaderFilter"/>, so only they are kept, up to
    /// <see cref="MaxKept"/> bytes), or whether the body or the whole message holds a string.
    /// </summary>
    internal sealed class MessageText : ISessionOutput
    {
        /// <summary>Of a field's lines, the most kept: enough for any lab's To: or Subject:.</summary>
        public const int MaxKept = 1024;

        private readonly IImapFolder _folder;
        private readonly byte[] _chunk = new byte[IoSizes.CardRead];
        private readonly char[] _kept = new char[MaxKept];
        private int _keptLength;

        public MessageText(IImapFolder folder)
        {
            _folder = folder;
        }

        /// <summary>
        /// The values of field <paramref name="name"/> in message <paramref name="index"/>, unfolded, one
        /// per line (several for a field given twice); null when there is none, or when the card
        /// failed (then <paramref name="failed"/>).
        /// </summary>
        public string Field(int index, string name, out bool failed)
        {
            _keptLength = 0;
            failed = false;
            var filter = new HeaderFilter(new string[] { name }, false);
            long size = _folder.SizeOf(index);
            for (long position = 0; position < size && !filter.Done;)
            {
                int n = _folder.Read(index, position, _chunk, 0, _chunk.Length);
                if (n <= 0)
                {
                    failed = true;
                    return null;
                }
                filter.Feed(_chunk, 0, n, this);
                position += n;
            }
            return Values();
        }

        // The kept lines less each field's name: "From: a\r\n b\r\n" is " a b".
        private string Values()
        {
            string values = "";
            int line = 0;
            bool any = false;
            while (line < _keptLength)
            {
                int end = line;
                while (end < _keptLength && _kept[end] != '\n')
                {
                    end++;
                }
                int start = line;
                if (_kept[line] != ' ' && _kept[line] != '\t')
                {
                    while (start < end && _kept[start] != ':')
                    {
                        start++;
                    }
                    if (start < end)
                    {
                        start++;
                        any = true;
                        values += values.Length > 0 ? "\n" : "";
                    }
                }
                int stop = end > start && _kept[end - 1] == '\r' ? end - 1 : end;
                values += new string(_kept, start, stop - start);
                line = end + 1;
            }
            return any ? values : null;
        }

        /// <summary>
        /// True when message <paramref name="index"/>'s body (or, with <paramref name="whole"/>,
        /// the whole message) holds what <paramref name="finder"/> looks for; <paramref name="failed"/> when the card failed.
        /// </summary>
        public bool Contains(int index, TextFinder finder, bool whole, out bool failed)
        {
            finder.Reset();
            failed = false;
            long size = _folder.SizeOf(index);
            int matched = 0; // of "\r\n\r\n", while the header is skipped
            bool inBody = whole;
            for (long position = 0; position < size && !finder.Found;)
            {
                int n = _folder.Read(index, position, _chunk, 0, _chunk.Length);
                if (n <= 0)
                {
                    failed = true;
                    return false;
                }
                int from = 0;
                while (!inBody && from < n)
                {
                    byte b = _chunk[from++];
                    matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
                    inBody = matched == 4;
                }
                finder.Feed(_chunk, from, n - from);
                position += n;
            }
            return finder.Found;
        }

        // The kept field lines arrive here from the filter.
        public void Write(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count && _keptLength < MaxKept; i++)
            {
                _kept[_keptLength++] = (char)buffer[offset + i];
            }
        }

        public void Close()
        {
        }

        public void Delay(int milliseconds)
        {
        }
    }
}
