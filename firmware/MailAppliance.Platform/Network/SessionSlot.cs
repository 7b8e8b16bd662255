using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>One open session's place in a <see cref="SessionLimiter"/>'s budget.</summary>
    public sealed class SessionSlot
    {
        public readonly int Service;
        public readonly string Address;

        /// <summary>True for a service whose idle sessions make room for newcomers (IMAP).</summary>
        public readonly bool Evictable;

        /// <summary>The session, once made; the limiter asks it whether its client has logged in.</summary>
        public ISession Session { get; set; }

        /// <summary>When the client last sent anything (the monotonic tick count, ms).</summary>
        public long HeardAt { get; set; }

        /// <summary>Set by the limiter when a newcomer needs this place: the session's loop ends it at once.</summary>
        public bool EvictionAsked { get; set; }

        public SessionSlot(int service, string address, bool evictable)
        {
            Service = service;
            Address = address;
            Evictable = evictable;
            HeardAt = System.Environment.TickCount64;
        }
    }
}
