using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>One open session's place in a <see cref="SessionLimiter"/>'s budget.</summary>
    public sealed class SessionSlot
    {
        public readonly int Service;
        public readonly string Address;

        /// <summary>The session, once made; the limiter asks it whether its client has logged in.</summary>
        public ISession Session { get; set; }

        public SessionSlot(int service, string address)
        {
            Service = service;
            Address = address;
        }
    }
}
