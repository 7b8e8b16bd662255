using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The last events for <c>show logging</c>: deliveries, failed logins, leases, errors. Kept
    /// as IOS keeps its buffered log: a ring of <see cref="BufferBytes"/> bytes, each line ended
    /// by LF, the oldest lines dropped to make room. Bytes, not a string per line: on nanoCLR a
    /// string costs its header and a slot besides its text, which made 64 kept lines 8 KB of
    /// the board's heap (measured on the host interpreter; the ring is 4 KB whatever it holds).
    /// </summary>
    public sealed class EventLog
    {
        /// <summary>IOS's <c>logging buffered</c> default.</summary>
        public const int BufferBytes = 4096;

        private readonly byte[] _ring = new byte[BufferBytes];
        private readonly object _sync = new object();
        private int _start;
        private int _used;
        private int _count;

        /// <summary>The clock that stamps events; set by the platform at start-up (unset: no stamp).</summary>
        public IClock Clock { get; set; }

        /// <summary>Also shown live, as IOS logs to the console; set by the console (unset: kept only).</summary>
        public ILogListener Listener { get; set; }

        /// <summary>Logs an event; controls in it (client text such as a user name) are escaped.</summary>
        public void Add(string text)
        {
            IClock clock = Clock;
            string safe = Printable.Escape(text);
            string line = clock == null ? safe : Stamp(clock) + " " + safe;
            ILogListener listener = Listener;
            if (listener != null)
            {
                listener.Logged(line);
            }
            lock (_sync)
            {
                Keep(line);
            }
        }

        /// <summary>How many lines the ring holds now.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>The events, oldest first.</summary>
        public string[] Lines
        {
            get
            {
                lock (_sync)
                {
                    var lines = StringArrays.New(_count);
                    int at = _start;
                    for (int i = 0; i < _count; i++)
                    {
                        int length = 0;
                        while (_ring[(at + length) % BufferBytes] != '\n')
                        {
                            length++;
                        }
                        var chars = new char[length];
                        for (int c = 0; c < length; c++)
                        {
                            chars[c] = (char)_ring[(at + c) % BufferBytes];
                        }
                        lines[i] = new string(chars);
                        at = (at + length + 1) % BufferBytes;
                    }
                    return lines;
                }
            }
        }

        /// <summary>"Nov 26 14:35:01", the way IOS stamps log lines.</summary>
        public static string Stamp(IClock clock)
        {
            var appliance = clock as ApplianceClock;
            return appliance == null ? Stamp(clock.UtcNow) : (appliance.IsSet ? "" : "*") + Stamp(appliance.LocalNow);
        }

        /// <summary>"Nov 26 14:35:01.123" for <paramref name="time"/>.</summary>
        public static string Stamp(System.DateTime time)
        {
            string date = Text.Rfc5322Date.Format(time);
            // "Thu, 26 Nov 2026 14:35:01 +0000" → "Nov 26 14:35:01.123", IOS's "service timestamps ... msec".
            string[] parts = date.Split(' ');
            return parts[2] + " " + (parts[1].Length == 1 ? " " + parts[1] : parts[1]) + " " + parts[4] + "." + Text.Numbers.ToDecimal(time.Millisecond, 3);
        }

        // One byte a character: Latin-1 as it is, anything above as '?' (controls were escaped,
        // so the LF that ends a line is the only one). A line longer than the ring keeps its start.
        private void Keep(string line)
        {
            int length = line.Length < BufferBytes ? line.Length : BufferBytes - 1;
            while (_used + length + 1 > BufferBytes)
            {
                DropOldest();
            }
            int at = (_start + _used) % BufferBytes;
            for (int i = 0; i < length; i++)
            {
                char c = line[i];
                _ring[(at + i) % BufferBytes] = c > 0xFF ? (byte)'?' : (byte)c;
            }
            _ring[(at + length) % BufferBytes] = (byte)'\n';
            _used += length + 1;
            _count++;
        }

        private void DropOldest()
        {
            int length = 1;
            while (_ring[(_start + length - 1) % BufferBytes] != '\n')
            {
                length++;
            }
            _start = (_start + length) % BufferBytes;
            _used -= length;
            _count--;
        }
    }
}
