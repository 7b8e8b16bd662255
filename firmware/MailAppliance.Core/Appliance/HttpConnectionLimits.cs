namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The web server's connections: in the mail sessions' budget, but a keep-alive connection
    /// left quiet is closed after <see cref="IdleSeconds"/> (browsers open another at once), and
    /// a request head must come whole within <see cref="RequestSeconds"/>.
    /// </summary>
    internal sealed class HttpConnectionLimits : IConnectionLimits
    {
        public const int IdleSeconds = 5;
        public const int RequestSeconds = 10;

        private readonly MailLimits _limits;

        public HttpConnectionLimits(MailLimits limits)
        {
            _limits = limits;
        }

        public int MaxSessions
        {
            get { return _limits.MaxSessions; }
        }

        public int IdleTimeoutSeconds
        {
            get { return IdleSeconds; }
        }

        public int CommandTimeoutSeconds
        {
            get { return RequestSeconds; }
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
