namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Everything the appliance is configured with, shared by every engine. The console
    /// changes it while services run; each part guards itself.
    /// </summary>
    public sealed class ApplianceModel
    {
        /// <param name="random">Where password salts come from: the runtime's generator on the board.</param>
        public ApplianceModel(IRandomSource random)
        {
            Domains = new MailDomains(Version);
            Dns = new DnsSettings(Version);
            Users = new UserDirectory(random);
        }

        /// <summary>Changes whenever something the DNS zones are built from changes.</summary>
        public readonly ModelVersion Version = new ModelVersion();

        /// <summary>The device's name on the console prompt (IOS: hostname).</summary>
        public string HostName { get; set; } = "MailAppliance";

        /// <summary>Hash of the enable secret (<see cref="PasswordHash"/>); null when the console is open.</summary>
        public string EnableSecret { get; set; }

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
        public readonly NetworkSettings Network = new NetworkSettings();
        public readonly UserDirectory Users;
        public readonly MailLimits Limits = new MailLimits();
        public readonly MailboxLocks Locks = new MailboxLocks();

        /// <summary>The web server's settings.</summary>
        public readonly HttpSettings Http = new HttpSettings();

        /// <summary>The IMAP sessions each user has open (show users).</summary>
        public readonly ImapLogins ImapLogins = new ImapLogins();
        public readonly LoginThrottle Logins = new LoginThrottle();

        /// <summary>The clock's zone and NTP server (the time itself is the <see cref="ApplianceClock"/>'s).</summary>
        public readonly ClockSettings Time = new ClockSettings();

        /// <summary>Numbers the Message-IDs the server makes (Smtp.AddedHeaders), so two made in one clock tick differ; a field because Interlocked takes it by ref.</summary>
        public int MessageIdSequence;
        public readonly Statistics Stats = new Statistics();
        public readonly EventLog Log = new EventLog();

        /// <summary>The name the mail and name services announce themselves with: the first mail domain.</summary>
        public string ServerName
        {
            get { return Domains.Primary; }
        }
    }
}
