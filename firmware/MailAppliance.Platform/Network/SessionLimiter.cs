using MailAppliance.Core.Appliance;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Counts the sessions open across SMTP and POP3 against <see cref="MailLimits.MaxSessions"/>,
    /// read at each connection so a console change applies to the next one.
    /// </summary>
    public sealed class SessionLimiter
    {
        private readonly MailLimits _limits;
        private readonly object _sync = new object();
        private int _open;

        public SessionLimiter(MailLimits limits)
        {
            _limits = limits;
        }

        /// <summary>Sessions open now.</summary>
        public int Open
        {
            get { return _open; }
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
