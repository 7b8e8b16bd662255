namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// A service's connection limits within the mail budget: the session caps and the send
    /// timeout are the mail limits'; each service says its own idle and command timeouts.
    /// </summary>
    internal abstract class MailLimitsView : IConnectionLimits
    {
        protected readonly MailLimits Limits;

        protected MailLimitsView(MailLimits limits)
        {
            Limits = limits;
        }

        public int MaxSessions
        {
            get { return Limits.MaxSessions; }
        }

        public abstract int IdleTimeoutSeconds { get; }

        public abstract int CommandTimeoutSeconds { get; }

        public int SendTimeoutSeconds
        {
            get { return Limits.SendTimeoutSeconds; }
        }

        public int MaxSessionsPerAddress
        {
            get { return Limits.MaxSessionsPerAddress; }
        }
    }
}
