using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// Hands out message numbers that are never reused, even after the newest message is
    /// deleted and the card is restarted: RFC 1939 §7 asks that a UIDL id not be reused.
    /// Numbers are reserved on the card in blocks, so a delivery costs no extra write.
    /// </summary>
    public sealed class UidAllocator
    {
        /// <summary>Numbers reserved per write of the counter file.</summary>
        public const int Block = 256;

        private readonly string _path;
        private readonly object _sync = new object();
        private long _next;
        private long _reservedUpTo;

        /// <param name="path">The counter file.</param>
        /// <param name="highestInUse">The highest number found on the card, in case the counter file was lost.</param>
        public UidAllocator(string path, long highestInUse)
        {
            _path = path;
            long saved = 0;
            byte[] text = AtomicFile.Read(path);
            if (text != null)
            {
                Numbers.TryParseHex(Ascii.GetString(text, 0, text.Length).Trim(), out saved);
            }
            _next = saved > highestInUse ? saved : highestInUse + 1;
            _reservedUpTo = _next;
        }

        /// <summary>The number the next message will get, without taking it (IMAP's UIDNEXT, UIDVALIDITY's seed).</summary>
        public long Peek()
        {
            lock (_sync)
            {
                return _next;
            }
        }

        /// <summary>The next number, as the 8 hex digits of a file name. Throws IOException when the card cannot be written.</summary>
        public string Next()
        {
            lock (_sync)
            {
                if (_next >= _reservedUpTo)
                {
                    AtomicFile.Write(_path, Ascii.GetBytes(Numbers.ToHex(_next + Block, 8)));
                    _reservedUpTo = _next + Block;
                }
                return Numbers.ToHex(_next++, 8);
            }
        }
    }
}
