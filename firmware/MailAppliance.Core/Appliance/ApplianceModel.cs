namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Everything the appliance is configured with, shared by every engine. The console
    /// changes it while services run; each part guards itself.
    /// </summary>
    public sealed class ApplianceModel
    {
        public ApplianceModel()
        {
            Domains = new MailDomains(Version);
            Dns = new DnsSettings(Version);
        }

        /// <summary>Changes whenever something the DNS zones are built from changes.</summary>
        public readonly ModelVersion Version = new ModelVersion();

        private string _hostName;

        /// <summary>The host name in SMTP greetings and Received headers; the primary mail domain when unset.</summary>
        public string HostName
        {
            get { return _hostName; }
            set { _hostName = value; Version.Bump(); }
        }

        public readonly MailDomains Domains;
        public readonly DnsSettings Dns;
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
