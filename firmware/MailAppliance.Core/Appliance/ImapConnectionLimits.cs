namespace MailAppliance.Core.Appliance
{
    /// <summary>The mail limits as IMAP's connections see them: IMAP's own idle timeout, the rest shared.</summary>
    internal sealed class ImapConnectionLimits : IConnectionLimits
    {
        private readonly MailLimits _limits;

        public ImapConnectionLimits(MailLimits limits)
        {
            _limits = limits;
        }

        public int MaxSessions
        {
            get { return _limits.MaxSessions; }
        }

        public int IdleTimeoutSeconds
        {
            get { return _limits.ImapIdleTimeoutSeconds; }
        }

        public int CommandTimeoutSeconds
        {
            get { return _limits.CommandTimeoutSeconds; }
        }

        public int SendTimeoutSeconds
        {
            get { return _limits.SendTimeoutSeconds; }
        }

        public int MaxSessionsPerAddress
        {
            get { return _limits.MaxSessionsPerAddress; }
        }
    }
}
