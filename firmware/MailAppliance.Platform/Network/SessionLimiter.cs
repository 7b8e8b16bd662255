using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Counts a group of services' open sessions (SMTP and POP3 share one) against
    /// <see cref="IConnectionLimits.MaxSessions"/>, read at each connection so a console change
    /// applies to the next one.
    /// </summary>
    public sealed class SessionLimiter
    {
        private readonly IConnectionLimits _limits;
        private readonly object _sync = new object();
        private int _open;

        public SessionLimiter(IConnectionLimits limits)
        {
            _limits = limits;
        }

        /// <summary>Counts one more session; false when the cap is reached.</summary>
        public bool TryEnter()
        {
            lock (_sync)
            {
                if (_open >= _limits.MaxSessions)
                {
                    return false;
                }
                _open++;
                return true;
            }
        }

        /// <summary>Counts a session as ended.</summary>
        public void Leave()
        {
            lock (_sync)
            {
                _open--;
            }
        }
    }
}
