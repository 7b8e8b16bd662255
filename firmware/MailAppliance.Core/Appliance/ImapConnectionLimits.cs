namespace MailAppliance.Core.Appliance
{
    /// <summary>The mail limits as IMAP's connections see them: IMAP's own idle timeout, the rest shared.</summary>
    internal sealed class ImapConnectionLimits : MailLimitsView
    {
        public ImapConnectionLimits(MailLimits limits)
            : base(limits)
        {
        }

        public override int IdleTimeoutSeconds
        {
            get { return Limits.ImapIdleTimeoutSeconds; }
        }

        public override int CommandTimeoutSeconds
        {
            get { return Limits.CommandTimeoutSeconds; }
        }
    }
}
