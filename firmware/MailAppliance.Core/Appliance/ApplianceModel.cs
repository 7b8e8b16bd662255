namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Everything the appliance is configured with, shared by every engine. The console
    /// changes it while services run; each part guards itself.
    /// </summary>
    public sealed class ApplianceModel
    {
        /// <summary>The host name in SMTP greetings and Received headers; the primary mail domain when unset.</summary>
        public string HostName { get; set; }

        public readonly MailDomains Domains = new MailDomains();
        public readonly UserDirectory Users = new UserDirectory();
        public readonly MailLimits Limits = new MailLimits();
        public readonly MailboxLocks Locks = new MailboxLocks();

        /// <summary>The name the services announce themselves with.</summary>
        public string ServerName
        {
            get { return HostName ?? Domains.Primary; }
        }
    }
}
