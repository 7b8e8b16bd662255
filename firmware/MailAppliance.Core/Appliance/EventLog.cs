using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The last events for <c>show logging</c>: deliveries, failed logins, leases, errors. A ring
    /// of fixed size, so it never grows on the board.
    /// </summary>
    public sealed class EventLog
    {
        public const int Capacity = 64;

        private readonly string[] _lines = StringArrays.New(Capacity);
        private readonly object _sync = new object();
        private int _next;
        private int _count;

        /// <summary>The clock that stamps events; set by the platform at start-up (unset: no stamp).</summary>
        public IClock Clock;

        /// <summary>Also shown live, as IOS logs to the console; set by the console (unset: kept only).</summary>
        public ILogListener Listener;

        public void Add(string text)
        {
            IClock clock = Clock;
            string line = clock == null ? text : Stamp(clock.UtcNow) + " " + text;
            ILogListener listener = Listener;
            if (listener != null)
            {
                listener.Logged(line);
            }
            lock (_sync)
            {
                _lines[_next] = line;
                _next = (_next + 1) % Capacity;
                if (_count < Capacity)
                {
                    _count++;
                }
            }
        }

        /// <summary>The events, oldest first.</summary>
        public string[] Lines
        {
            get
            {
                lock (_sync)
                {
                    var lines = StringArrays.New(_count);
                    int first = (_next - _count + Capacity) % Capacity;
                    for (int i = 0; i < _count; i++)
                    {
                        lines[i] = _lines[(first + i) % Capacity];
                    }
                    return lines;
                }
            }
        }

        /// <summary>"Nov 26 14:35:01", the way IOS stamps log lines.</summary>
        public static string Stamp(System.DateTime time)
        {
            string date = Text.Rfc5322Date.Format(time);
            // "Thu, 26 Nov 2026 14:35:01 +0000" → "Nov 26 14:35:01"
            string[] parts = date.Split(' ');
            return parts[2] + " " + (parts[1].Length == 1 ? " " + parts[1] : parts[1]) + " " + parts[4];
        }
    }
}
