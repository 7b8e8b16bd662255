using System.Collections;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Shares one budget of sessions among a group of services (SMTP and POP3 share one) under
    /// three rules, read from <see cref="IConnectionLimits"/> at each connection so a console
    /// change applies to the next one:
    /// at most <see cref="IConnectionLimits.MaxSessions"/> in all; each service keeps one slot
    /// for itself while it has none, so a flood on one port never shuts the others out; and at
    /// most <see cref="IConnectionLimits.MaxSessionsPerAddress"/> sessions without a login per
    /// client address, so one machine cannot take the whole budget.
    /// </summary>
    public sealed class SessionLimiter
    {
        private readonly IConnectionLimits _limits;
        private readonly object _sync = new object();
        // Of SessionSlot: each open session, with its service and client address.
        private readonly ArrayList _slots = new ArrayList();
        private int _services;

        public SessionLimiter(IConnectionLimits limits)
        {
            _limits = limits;
        }

        /// <summary>Adds a service to the group; it keeps one slot of the budget. Returns its number.</summary>
        public int AddService()
        {
            lock (_sync)
            {
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
                    return null;
                }
                if (WithoutLogin(address) >= _limits.MaxSessionsPerAddress)
                {
                    refusal = _limits.MaxSessionsPerAddress + " sessions without a login from this address";
                    return null;
                }
                var slot = new SessionSlot(service, address);
                _slots.Add(slot);
                refusal = null;
                return slot;
            }
        }

        /// <summary>Gives a slot back when its session ends.</summary>
        public void Leave(SessionSlot slot)
        {
            lock (_sync)
            {
                _slots.Remove(slot);
            }
        }

        // One slot for each other service that has none, never the whole budget: with a cap
        // smaller than the number of services the first to come still gets in.
        private int ReservedForOthers(int service, int max)
        {
            int reserved = 0;
            for (int other = 0; other < _services; other++)
            {
                if (other != service && Open(other) == 0)
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
