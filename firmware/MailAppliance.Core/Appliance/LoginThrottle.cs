using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Failed logins per client address, across connections and protocols (SMTP AUTH, POP3):
    /// each failure is answered later than the one before (1, 2, 4, 8, 16 s), and after
    /// <see cref="BlockAfter"/> failures the address may not log in at all for
    /// <see cref="BlockSeconds"/>. Guessing from one PC then costs minutes per ten tries instead
    /// of the ~240 a minute that closing and reopening connections allowed; other addresses,
    /// the real users, are never held up. A fixed table, the oldest address making room.
    /// </summary>
    public sealed class LoginThrottle
    {
        /// <summary>Addresses remembered at once; 16 slots of a few bytes each on the board.</summary>
        public const int Capacity = 16;

        /// <summary>Failures from one address that block it.</summary>
        public const int BlockAfter = 10;

        /// <summary>How long a blocked address waits: long enough that a script gives up, short enough for a student who mistyped.</summary>
        public const int BlockSeconds = 300;

        /// <summary>A quiet address is forgotten after this long: its next failure counts from one.</summary>
        public const int MemorySeconds = 900;

        // The delay doubles up to this many times: 16 s at most between two tries.
        private const int MaxDoublings = 4;

        private readonly object _sync = new object();
        private readonly string[] _addresses = StringArrays.New(Capacity);
        private readonly int[] _failures = new int[Capacity];
        private readonly long[] _lastTicks = new long[Capacity];
        private readonly long[] _blockedUntilTicks = new long[Capacity];

        /// <summary>True while <paramref name="address"/> is blocked; its logins are refused unchecked.</summary>
        public bool IsBlocked(string address, System.DateTime now)
        {
            lock (_sync)
            {
                int i = IndexOf(address, now.Ticks);
                return i >= 0 && _blockedUntilTicks[i] > now.Ticks;
            }
        }

        /// <summary>
        /// Counts a failed login from <paramref name="address"/>; returns how long to wait before
        /// answering it, given the base delay. The failure that blocks the address is logged.
        /// </summary>
        public int Failed(string address, System.DateTime now, int baseDelayMilliseconds, EventLog log)
        {
            bool blocked;
            int delay;
            lock (_sync)
            {
                int i = IndexOf(address, now.Ticks);
                if (i < 0)
                {
                    i = Oldest();
                    _addresses[i] = address;
                    _failures[i] = 0;
                    _blockedUntilTicks[i] = 0;
                }
                _failures[i]++;
                _lastTicks[i] = now.Ticks;
                blocked = _failures[i] == BlockAfter;
                if (blocked)
                {
                    _blockedUntilTicks[i] = now.Ticks + BlockSeconds * System.TimeSpan.TicksPerSecond;
                }
                int doublings = _failures[i] - 1 < MaxDoublings ? _failures[i] - 1 : MaxDoublings;
                delay = baseDelayMilliseconds << doublings;
            }
            if (blocked)
            {
                log.Add("login: " + address + " blocked for " + BlockSeconds + " s after " + BlockAfter + " failed logins");
            }
            return delay;
        }

        /// <summary>A login succeeded: the address starts afresh.</summary>
        public void Succeeded(string address)
        {
            lock (_sync)
            {
                for (int i = 0; i < Capacity; i++)
                {
                    if (_addresses[i] != null && _addresses[i] == address)
                    {
                        _addresses[i] = null;
                        _failures[i] = 0;
                        _blockedUntilTicks[i] = 0;
                    }
                }
            }
        }

        // The slot of a remembered address; one quiet for MemorySeconds and not blocked is dropped.
        private int IndexOf(string address, long nowTicks)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (_addresses[i] == null || _addresses[i] != address)
                {
                    continue;
                }
                bool quiet = nowTicks - _lastTicks[i] > MemorySeconds * System.TimeSpan.TicksPerSecond;
                if (quiet && _blockedUntilTicks[i] <= nowTicks)
                {
                    _addresses[i] = null;
                    return -1;
                }
                return i;
            }
            return -1;
        }

        // A free slot, else the one whose last failure is oldest.
        private int Oldest()
        {
            int oldest = 0;
            for (int i = 0; i < Capacity; i++)
            {
                if (_addresses[i] == null)
                {
                    return i;
                }
                if (_lastTicks[i] < _lastTicks[oldest])
                {
                    oldest = i;
                }
            }
            return oldest;
        }
    }
}
