using System;
using System.Net;

namespace MailAppliance.Emulator;

/// <summary>The emulator's command line. Later issues add flags in the same style.</summary>
public sealed class EmulatorOptions
{
    public const string Usage = """
        usage: MailAppliance.Emulator [options]
          --data DIR              folder standing for the SD card (default ./appliance-data)
          --flash DIR             folder standing for the board's internal flash: startup-config
                                  and DHCP leases (default: the --data folder)
          --domain NAME           one more mail domain besides the lab's mail.com (repeatable)
          --postmaster USER       who gets postmaster@ mail (default client1)
          --bind ADDRESS          address to listen on (default 127.0.0.1)
          --smtp-port N           SMTP port (default 2525)
          --pop3-port N           POP3 port (default 1100)
          --imap-port N           IMAP port (default 1143; the board uses 143)
          --http-port N           HTTP port (default 8080; the board uses 80)
          --standard-ports        SMTP on 25, POP3 on 110, IMAP on 143 and HTTP on 80 (needs root on Linux)
          --max-sessions N        SMTP, POP3 and IMAP sessions open at once (default 4)
          --max-message-size N    largest message in bytes (default 10485760)
          --idle-timeout SECONDS  close a silent session after this long (default 300)
          --imap-idle-timeout SECONDS   close a silent IMAP session after this long (default 1800)
          --command-timeout SECONDS   close a session whose command takes longer to arrive (default 60)
          --send-timeout SECONDS  close a session whose client does not read a reply for this long (default 30)
          --max-sessions-per-address N   mail sessions without a login from one address (default 2)
          --require-auth          SMTP clients must log in before sending
          --dns-port N            DNS port, UDP and TCP (default 1053; 5353 is mDNS's)
          --address ADDRESS       the appliance's own address in DNS answers (default: the bind address)
          --lab-domain NAME       domain DHCP clients' host names are registered in (default mail.com)
          --dns-record "NAME TYPE DATA"   a record: A ADDRESS, CNAME NAME, MX PREF NAME, TXT TEXT, NS NAME (repeatable)
          --dns-forwarder ADDRESS[:PORT]  upstream server for other names (default: none, they are REFUSED)
          --board-clock           start the clock at 1970, as a board without a battery does, until it is set
          --ntp-port N            the port of the console's "ntp server" (default 123; a test server's)
          --dhcp-interface NAME   serve DHCP on this network interface (needs root); off by default
          --dhcp-pool "name=N network=A/P [range=A-B] [router=A] [dns=A] [domain=D] [lease=S]"
                                  a pool (repeatable); default: the lab's 192.168.1.0/24, router .1
          --dhcp-exclude A[-B]    addresses never handed out (default with the lab pool: .1-.9)
          --dhcp-reserve MAC=A    a fixed address for one client (repeatable)
          --serial PATH           the console on a serial device (115200 8N1) instead of this terminal
          --trace                 print every transaction, as "debug all" on the console
          --memory-stats          print the peak managed heap when stopping (benchmarks)
          --help                  this text
        """;

    public string DataFolder = "appliance-data";
    public string FlashFolder;
    public System.Collections.Generic.List<string> Domains = new();
    public string Postmaster;
    public IPAddress Bind = IPAddress.Loopback;
    public int SmtpPort = 2525;
    public int Pop3Port = 1100;
    public int ImapPort = 1143;
    public int HttpPort = 8080;
    public int? MaxSessions;
    public long? MaxMessageSize;
    public int? IdleTimeoutSeconds;
    public int? ImapIdleTimeoutSeconds;
    public int? CommandTimeoutSeconds;
    public int? SendTimeoutSeconds;
    public int? MaxSessionsPerAddress;
    public int DnsPort = 1053;
    public int NtpPort = 123;
    public bool BoardClock;
    public IPAddress Address;
    public string LabDomain;
    public System.Collections.Generic.List<string> DnsRecords = new();
    public IPEndPoint DnsForwarder;
    public string DhcpInterface;
    public System.Collections.Generic.List<string> DhcpPools = new();
    public System.Collections.Generic.List<string> DhcpExcluded = new();
    public System.Collections.Generic.List<string> DhcpReservations = new();
    public string Serial;
    public bool RequireAuth;
    public bool Trace;
    public bool MemoryStats;
    public bool Help;

    /// <summary>Reads the arguments; on a bad one returns null and says why in <paramref name="error"/>.</summary>
    public static EmulatorOptions Parse(string[] args, out string error)
    {
        var options = new EmulatorOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string flag = args[i];
            string value = i + 1 < args.Length ? args[i + 1] : null;
            switch (flag)
            {
                case "--help":
                case "-h":
                    options.Help = true;
                    continue;
                case "--standard-ports":
                    options.SmtpPort = 25;
                    options.Pop3Port = 110;
                    options.ImapPort = 143;
                    options.HttpPort = 80;
                    continue;
                case "--require-auth":
                    options.RequireAuth = true;
                    continue;
                case "--trace":
                    options.Trace = true;
                    continue;
                case "--board-clock":
                    options.BoardClock = true;
                    continue;
                case "--memory-stats":
                    options.MemoryStats = true;
                    continue;
            }
            if (value == null)
            {
                error = flag.StartsWith("--") && IsValued(flag) ? $"{flag} needs a value" : $"unknown option {flag}";
                return null;
            }
            i++;
            bool ok = flag switch
            {
                "--data" => Set(() => options.DataFolder = value),
                "--flash" => Set(() => options.FlashFolder = value),
                "--domain" => Set(() => options.Domains.Add(value)),
                "--postmaster" => Set(() => options.Postmaster = value),
                "--dns-port" => TryPort(value, out options.DnsPort),
                "--imap-port" => TryPort(value, out options.ImapPort),
                "--http-port" => TryPort(value, out options.HttpPort),
                "--ntp-port" => TryPort(value, out options.NtpPort),
                "--address" => IPAddress.TryParse(value, out options.Address),
                "--lab-domain" => Set(() => options.LabDomain = value),
                "--dns-record" => Set(() => options.DnsRecords.Add(value)),
                "--dns-forwarder" => TryEndPoint(value, 53, out options.DnsForwarder),
                "--dhcp-interface" => Set(() => options.DhcpInterface = value),
                "--dhcp-pool" => Set(() => options.DhcpPools.Add(value)),
                "--dhcp-exclude" => Set(() => options.DhcpExcluded.Add(value)),
                "--dhcp-reserve" => Set(() => options.DhcpReservations.Add(value)),
                "--serial" => Set(() => options.Serial = value),
                "--bind" => IPAddress.TryParse(value, out options.Bind),
                "--smtp-port" => TryPort(value, out options.SmtpPort),
                "--pop3-port" => TryPort(value, out options.Pop3Port),
                "--max-sessions" => TryPositive(value, v => options.MaxSessions = (int)v),
                "--max-message-size" => TryPositive(value, v => options.MaxMessageSize = v),
                "--idle-timeout" => TryPositive(value, v => options.IdleTimeoutSeconds = (int)v),
                "--imap-idle-timeout" => TryPositive(value, v => options.ImapIdleTimeoutSeconds = (int)v),
                "--command-timeout" => TryPositive(value, v => options.CommandTimeoutSeconds = (int)v),
                "--send-timeout" => TryPositive(value, v => options.SendTimeoutSeconds = (int)v),
                "--max-sessions-per-address" => TryPositive(value, v => options.MaxSessionsPerAddress = (int)v),
                _ => false,
            };
            if (!ok)
            {
                error = IsValued(flag) ? $"bad value for {flag}: {value}" : $"unknown option {flag}";
                return null;
            }
        }
        return options;
    }

    private static bool IsValued(string flag) => flag is "--data" or "--flash" or "--serial" or "--domain" or "--postmaster" or "--dns-port" or "--ntp-port" or "--imap-port" or "--http-port" or "--address" or "--lab-domain"
        or "--dns-record" or "--dns-forwarder" or "--dhcp-interface" or "--dhcp-pool" or "--dhcp-exclude" or "--dhcp-reserve" or "--bind" or "--smtp-port" or "--pop3-port"
        or "--max-sessions" or "--max-message-size" or "--idle-timeout" or "--imap-idle-timeout" or "--command-timeout" or "--send-timeout" or "--max-sessions-per-address";

    private static bool Set(Action action)
    {
        action();
        return true;
    }

    private static bool TryEndPoint(string text, int defaultPort, out IPEndPoint endPoint)
    {
        endPoint = null;
        string[] parts = text.Split(':');
        int port = defaultPort;
        if (parts.Length > 2 || !IPAddress.TryParse(parts[0], out IPAddress address) || (parts.Length == 2 && !TryPort(parts[1], out port)))
        {
            return false;
        }
        endPoint = new IPEndPoint(address, port);
        return true;
    }

    private static bool TryPort(string text, out int port) => int.TryParse(text, out port) && port > 0 && port <= 65535;

    private static bool TryPositive(string text, Action<long> apply)
    {
        if (!long.TryParse(text, out long value) || value <= 0 || value > int.MaxValue)
        {
            return false;
        }
        apply(value);
        return true;
    }
}
