using System.Collections;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Shares one budget of sessions among a group of services (SMTP and POP3 share one) under
    /// three rules, read from <see cref="IConnectionLimits"/> at each connection so a console
    /// change applies to the next one:
    /// at most <see cref="IConnectionLimits.MaxSessions"/> in all; each service keeps one slot
    /// for itself while it has none, so a flood on one port never shuts the others out; and at
    /// most <see cref="IConnectionLimits.MaxSessionsPerAddress"/> sessions without a login per
    /// client address, so one machine cannot take the whole budget. When the budget is full, the
    /// longest-idle session of a service that allows it (IMAP, whose clients hold connections
    /// open and reconnect by themselves) is asked to end, and the newcomer waits for its place.
    /// </summary>
    public sealed class SessionLimiter
    {
        /// <summary>
        /// How long a refused connection may wait for a slot. A client that closes a session and
        /// opens the next at once (nmap's probes, Thunderbird checking again) finds its old slot
        /// still taken for the moment the server needs to notice the close.
        /// </summary>
        public const int WaitMilliseconds = 1000;

        /// <summary>Connections waiting at once; beyond that a refusal is immediate, so a flood holds no sockets.</summary>
        public const int MaxWaiting = 2;

        // Each wait is cut into these so a freed slot is seen soon even when another waiter took the signal.
        private const int WaitStepMilliseconds = 50;

        private readonly IConnectionLimits _limits;
        private readonly object _sync = new object();
        private readonly System.Threading.AutoResetEvent _freed = new System.Threading.AutoResetEvent(false);
        private int _waiting;
        // Of SessionSlot: each open session, with its service and client address.
        private readonly ArrayList _slots = new ArrayList();
        private int _services;
        // Bit n set: service n keeps a slot for itself.
        private int _keepsSlot;
        // Bit n set: service n's idle sessions make room for newcomers.
        private int _evictable;

        public SessionLimiter(IConnectionLimits limits)
        {
            _limits = limits;
        }

        /// <summary>
        /// Adds a service to the group; when <paramref name="keepsSlot"/>, it keeps one slot of the
        /// budget for itself; when <paramref name="evictable"/>, its longest-idle session gives
        /// its place to a newcomer when the budget is full. IMAP is the second and not the first:
        /// its clients hold sessions open for long, and SMTP and POP3 must not lose a slot to them.
        /// Returns its number.
        /// </summary>
        public int AddService(bool keepsSlot, bool evictable)
        {
            lock (_sync)
            {
                if (keepsSlot)
                {
                    _keepsSlot |= 1 << _services;
                }
                if (evictable)
                {
                    _evictable |= 1 << _services;
                }
                return _services++;
            }
        }

        /// <summary>
        /// Takes a slot for a connection to <paramref name="service"/> from <paramref name="address"/>;
        /// null, with the reason in <paramref name="refusal"/>, when a rule refuses it.
        /// </summary>
        public SessionSlot TryEnter(int service, string address, out string refusal)
        {
            lock (_sync)
            {
                int max = _limits.MaxSessions;
                if (_slots.Count + 1 + ReservedForOthers(service, max) > max)
                {
                    refusal = _slots.Count >= max ? "all " + max + " sessions in use" : "the last free sessions are kept for the other services";
                    if (AskLongestIdleToLeave())
                    {
                        refusal += "; the longest-idle IMAP session was asked to make room";
                    }
                    return null;
                }
                if (WithoutLogin(address) >= _limits.MaxSessionsPerAddress)
                {
                    refusal = _limits.MaxSessionsPerAddress + " sessions without a login from this address";
                    return null;
                }
                var slot = new SessionSlot(service, address, (_evictable & (1 << service)) != 0);
                _slots.Add(slot);
                refusal = null;
                return slot;
            }
        }

        /// <summary>Connections waiting for a slot now.</summary>
        public int Waiting
        {
            get { return _waiting; }
        }

        /// <summary>True when one more refused connection may wait for a slot (and counts it as waiting).</summary>
        public bool TryStartWaiting()
        {
            lock (_sync)
            {
                if (_waiting >= MaxWaiting)
                {
                    return false;
                }
                _waiting++;
                return true;
            }
        }

        /// <summary>
        /// For a connection <see cref="TryStartWaiting"/> admitted: takes a slot as soon as one is
        /// free, within <see cref="WaitMilliseconds"/>; null when none came. Ends the wait either way.
        /// </summary>
        public SessionSlot WaitToEnter(int service, string address, out string refusal)
        {
            try
            {
                long end = System.Environment.TickCount64 + WaitMilliseconds;
                while (true)
                {
                    SessionSlot slot = TryEnter(service, address, out refusal);
                    long left = end - System.Environment.TickCount64;
                    if (slot != null || left <= 0)
                    {
                        return slot;
                    }
                    _freed.WaitOne(left < WaitStepMilliseconds ? (int)left : WaitStepMilliseconds, false);
                }
            }
            finally
            {
                lock (_sync)
                {
                    _waiting--;
                }
            }
        }

        /// <summary>Gives a slot back when its session ends.</summary>
        public void Leave(SessionSlot slot)
        {
            lock (_sync)
            {
                _slots.Remove(slot);
            }
            _freed.Set();
        }

        // Asks the evictable session heard from longest ago, between commands, to end; one at a
        // time, so a burst of newcomers does not empty the budget. False when none can go.
        private bool AskLongestIdleToLeave()
        {
            SessionSlot longest = null;
            for (int i = 0; i < _slots.Count; i++)
            {
                var slot = (SessionSlot)_slots[i];
                if (slot.EvictionAsked)
                {
                    return true;
                }
                bool idle = slot.Evictable && slot.Session != null && slot.Session.CommandInProgress == 0;
                if (idle && (longest == null || slot.HeardAt < longest.HeardAt))
                {
                    longest = slot;
                }
            }
            if (longest == null)
            {
                return false;
            }
            longest.EvictionAsked = true;
            return true;
        }

        // One slot for each other service that has none, never the whole budget: with a cap
        // smaller than the number of services the first to come still gets in.
        private int ReservedForOthers(int service, int max)
        {
            int reserved = 0;
            for (int other = 0; other < _services; other++)
            {
                if (other != service && (_keepsSlot & (1 << other)) != 0 && Open(other) == 0)
                {
                    reserved++;
                }
            }
            return reserved < max ? reserved : max - 1;
        }

        private int Open(int service)
        {
            int count = 0;
            for (int i = 0; i < _slots.Count; i++)
            {
                if (((SessionSlot)_slots[i]).Service == service)
                {
                    count++;
                }
            }
            return count;
        }

        private int WithoutLogin(string address)
        {
            int count = 0;
            for (int i = 0; i < _slots.Count; i++)
            {
                var slot = (SessionSlot)_slots[i];
                if (slot.Address == address && (slot.Session == null || !slot.Session.IsAuthenticated))
                {
                    count++;
                }
            }
            return count;
        }
    }
}
