namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The web server's connections: in the mail sessions' budget, but a keep-alive connection
    /// left quiet is closed after <see cref="IdleSeconds"/> (browsers open another at once), and
    /// a request head must come whole within <see cref="RequestSeconds"/>.
    /// </summary>
    internal sealed class HttpConnectionLimits : MailLimitsView
    {
        public const int IdleSeconds = 5;
        public const int RequestSeconds = 10;

        public HttpConnectionLimits(MailLimits limits)
            : base(limits)
        {
        }

        public override int IdleTimeoutSeconds
        {
            get { return IdleSeconds; }
        }

        public override int CommandTimeoutSeconds
        {
            get { return RequestSeconds; }
        }
    }
}
