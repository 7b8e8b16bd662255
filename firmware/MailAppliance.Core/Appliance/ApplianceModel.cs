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

        private uint _address;

        /// <summary>
        /// The appliance's own IPv4 address (host order): what its mail domains resolve to, its
        /// DHCP server identifier, and the subnet whose pool serves direct broadcasts.
        /// </summary>
        public uint Address
        {
            get { return _address; }
            set { _address = value; Version.Bump(); }
        }

        public readonly MailDomains Domains;
        public readonly DnsSettings Dns;
        public readonly DhcpSettings Dhcp = new DhcpSettings();
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
