namespace MailAppliance.Core.Console
{
    /// <summary>The commands the grammar leads to (<see cref="CliNode.Action"/>).</summary>
    internal static class CliAction
    {
        public const int ShowRunning = 1;
        public const int ShowStartup = 2;
        public const int ShowVersion = 3;
        public const int ShowUsers = 4;
        public const int ShowMailbox = 5;
        public const int ShowHosts = 6;
        public const int ShowDhcpBinding = 7;
        public const int ShowDhcpPool = 8;
        public const int ShowInterfaces = 9;
        public const int ShowStatistics = 10;
        public const int ShowLogging = 11;
        public const int ConfigureTerminal = 12;
        public const int WriteMemory = 13;
        public const int EraseStartup = 15;
        public const int Reload = 16;
        public const int Debug = 17;
        public const int Undebug = 18;
        public const int ClearBinding = 19;
        public const int Enable = 20;
        public const int Disable = 21;
        public const int Logout = 22;
        public const int ShowHistory = 23;
        public const int TerminalLength = 24;
        public const int TerminalHistorySize = 25;
        public const int TerminalHistory = 26;
        public const int TerminalNoHistory = 27;
        public const int DeleteMailbox = 28;
        public const int ClockSet = 29;
        public const int ShowClock = 14;
        public const int ClockTimezone = 44;
        public const int NtpServer = 45;

        // Lines IOS users type by habit: accepted with nothing to do, or refused with the reason.
        public const int HabitAccepted = 90;
        public const int HabitRefused = 91;

        public const int Hostname = 30;
        public const int EnableSecret = 31;
        public const int MailDomain = 32;
        public const int UsernamePassword = 33;
        public const int UsernameSecret = 34;
        public const int MailPostmaster = 36;
        public const int MailRequireAuth = 37;
        public const int MailMaxMessageSize = 38;
        public const int MailMailboxQuota = 39;
        public const int MailMaxSessions = 40;
        public const int MailClientSessions = 43;
        public const int DnsServer = 41;
        public const int IpHost = 42;
        public const int DomainName = 47;
        public const int NameServer = 48;
        public const int ExcludedAddress = 49;
        public const int DhcpPool = 50;
        public const int Interface = 51;
        public const int DefaultGateway = 52;
        public const int End = 53;
        public const int Exit = 54;
        public const int Do = 55;

        public const int Network = 60;
        public const int DefaultRouter = 61;
        public const int PoolDnsServer = 62;
        public const int PoolDomainName = 63;
        public const int Lease = 64;
        public const int Host = 65;
        public const int HardwareAddress = 66;
        public const int ClientIdentifier = 67;

        public const int IpAddress = 70;
        public const int IpAddressDhcp = 71;
        public const int Ssid = 72;
        public const int WifiPassword = 73;
        public const int Shutdown = 74;
        public const int MailImapIdleTimeout = 75;
        public const int HttpServer = 76;
        public const int ShowHttpServer = 77;
    }
}
