namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The console's commands, mode by mode, written the way IOS documents them: one pattern a
    /// line, keywords in lower case, parameters as WORD, LINE (the rest of the line), A.B.C.D,
    /// NUMBER and H.H.H. Shared prefixes merge into one tree per mode. The tables are methods, not
    /// static fields: nanoCLR allocates every static field at start-up, and these ~330 strings would
    /// hold the heap for as long as the board runs.
    /// </summary>
    internal static class CliGrammar
    {
        // keyword, help (what '?' prints beside it)
        private static string[] Help() => new string[]
        {
            "show", "Show running system information",
            "running-config", "Current operating configuration",
            "startup-config", "Contents of startup configuration",
            "version", "System hardware and software status",
            "users", "Mailboxes with their message counts and sizes",
            "mailbox", "Messages in one mailbox",
            "hosts", "DNS names the appliance answers for",
            "ip", "IP information",
            "dhcp", "DHCP server",
            "binding", "DHCP address bindings",
            "pool", "DHCP pools",
            "interface", "Network interfaces",
            "brief", "Brief summary of IP status",
            "statistics", "Messages, sessions, DNS answers and DHCP messages",
            "logging", "Recent events",
            "configure", "Enter configuration mode",
            "configure terminal", "Configure from the terminal",
            "terminal", "Set terminal line parameters",
            "length", "Set number of lines on a screen",
            "history", "Enable and control the command history function",
            "size", "Set history buffer size",
            "write", "Write running configuration to memory",
            "memory", "Write to the startup configuration (board: internal flash)",
            "copy", "Copy from one file to another",
            "erase", "Erase a file",
            "delete", "Delete a file",
            "delete mailbox", "A user's mailbox and all its mail",
            "reload", "Restart the appliance",
            "debug", "Show a live trace of transactions",
            "undebug", "Disable debugging functions",
            "smtp", "SMTP transactions",
            "pop3", "POP3 transactions",
            "imap", "IMAP transactions",
            "http", "HTTP requests and answers",
            "dns", "DNS queries and answers",
            "all", "All debugging",
            "clear", "Reset functions",
            "enable", "Turn on privileged commands",
            "disable", "Turn off privileged commands",
            "exit", "Exit from the current mode",
            "end", "Exit to privileged EXEC mode",
            "do", "Run an EXEC command",
            "no", "Negate a command or set its defaults",
            "hostname", "Set the system's name",
            "secret", "Assign the privileged level secret",
            "mail", "Mail service",
            "domain", "A mail domain the appliance accepts mail for",
            "postmaster", "User who receives postmaster mail",
            "require-auth", "SMTP clients must log in before sending",
            "max-message-size", "Largest message accepted, in bytes",
            "mailbox-quota", "Largest mailbox, in bytes",
            "max-sessions", "SMTP, POP3 and IMAP sessions at once",
            "client-sessions", "Mail sessions without a login from one client address",
            "imap", "IMAP service",
            "idle-timeout", "Seconds an IMAP client may stay silent (RFC 3501: at least 1800)",
            "username", "Establish a mail user",
            "password", "Specify the password",
            "server", "Enable the server",
            "status", "The server's state",
            "host", "Add a DNS name, or (in a DHCP pool) a manual binding's address",
            "mx", "Mail exchanger (MX)",
            "cname", "Alias (CNAME)",
            "txt", "Text (TXT)",
            "ns", "Name server (NS)",
            "domain-name", "Default domain name",
            "name-server", "Upstream DNS server for other names",
            "excluded-address", "Prevent DHCP from assigning these addresses",
            "default-gateway", "Default gateway",
            "ethernet0", "The Ethernet port",
            "wifi0", "The Wi-Fi station",
            "network", "Network number and mask",
            "default-router", "Default routers",
            "dns-server", "DNS servers",
            "lease", "Address lease time (days hours minutes)",
            "hardware-address", "Client hardware (MAC) address",
            "client-identifier", "Client identifier",
            "address", "Set the IP address of an interface",
            "ssid", "Wi-Fi network name",
            "shutdown", "Shut down the interface",
            "*", "Every binding",
            "interfaces", "Interface status",
            "clock", "Manage the system clock",
            "set", "Set the time and date",
            "timezone", "Configure time zone",
            "ntp", "Configure NTP",
            "ntp server", "Configure NTP server",
            "show clock", "Display the system clock",
            "ping", "Send echo messages (not on the appliance)",
            "traceroute", "Trace route to destination (not on the appliance)",
            "privilege", "Set user privilege level (mail users have no console access: ignored)",
            "WORD password", "Specify the password for the user",
            "WORD secret", "Specify the secret for the user (a hash this appliance wrote)",
            "NUMBER password", "Specify the password for the user",
            "NUMBER secret", "Specify the secret for the user (a hash this appliance wrote)",
            "domain-lookup", "Enable IP Domain Name System hostname translation (the console does none)",
            "lookup", "Enable IP Domain Name System hostname translation (the console does none)",
            "service", "Modify use of network based services",
            "password-encryption", "Encrypt system passwords (they are always stored hashed)",
            "banner", "Define a login banner (not on the appliance)",
            "motd", "Set Message of the Day banner",
            "login", "Set login banner",
            "line", "Configure a terminal line (not on the appliance: use terminal length)",
            "con", "Primary terminal line",
            "vty", "Virtual terminal",
        };

        private static void ExecPatterns(GrammarBuilder g)
        {
            g.Add("show running-config", CliAction.ShowRunning);
            g.Add("show startup-config", CliAction.ShowStartup);
            g.Add("show version", CliAction.ShowVersion);
            g.Add("show users", CliAction.ShowUsers);
            g.Add("show mailbox WORD", CliAction.ShowMailbox);
            g.Add("show hosts", CliAction.ShowHosts);
            g.Add("show ip http server status", CliAction.ShowHttpServer);
            g.Add("show ip dhcp binding", CliAction.ShowDhcpBinding);
            g.Add("show ip dhcp pool", CliAction.ShowDhcpPool);
            g.Add("show ip interface brief", CliAction.ShowInterfaces);
            g.Add("show statistics", CliAction.ShowStatistics);
            g.Add("show logging", CliAction.ShowLogging);
            g.Add("show history", CliAction.ShowHistory);
            g.Add("show interfaces", CliAction.ShowInterfaces);
            g.Add("show clock", CliAction.ShowClock);
            g.Add("clock set WORD WORD WORD NUMBER", CliAction.ClockSet);
            g.Add("configure terminal", CliAction.ConfigureTerminal);
            g.Add("configure", CliAction.ConfigureTerminal);
            g.Add("write", CliAction.WriteMemory);
            g.Add("write memory", CliAction.WriteMemory);
            g.Add("copy running-config startup-config", CliAction.WriteMemory);
            g.Add("erase startup-config", CliAction.EraseStartup);
            g.Add("write erase", CliAction.EraseStartup);
            g.Add("delete mailbox WORD", CliAction.DeleteMailbox);
            g.Add("reload", CliAction.Reload);
            g.Add("debug smtp", CliAction.Debug);
            g.Add("debug pop3", CliAction.Debug);
            g.Add("debug imap", CliAction.Debug);
            g.Add("debug http", CliAction.Debug);
            g.Add("debug dns", CliAction.Debug);
            g.Add("debug dhcp", CliAction.Debug);
            g.Add("debug all", CliAction.Debug);
            g.Add("undebug all", CliAction.Undebug);
            g.Add("no debug all", CliAction.Undebug);
            g.Add("clear ip dhcp binding A.B.C.D", CliAction.ClearBinding);
            g.Add("clear ip dhcp binding *", CliAction.ClearBinding);
            g.Add("enable", CliAction.Enable);
            g.Add("disable", CliAction.Disable);
            g.Add("exit", CliAction.Logout);
            TerminalPatterns(g);
            g.Add("ping LINE", CliAction.HabitRefused);
            g.Add("traceroute LINE", CliAction.HabitRefused);
        }

        // The console line's own settings, in user and privileged EXEC alike.
        private static void TerminalPatterns(GrammarBuilder g)
        {
            g.Add("terminal length NUMBER", CliAction.TerminalLength);
            g.Add("terminal history size NUMBER", CliAction.TerminalHistorySize);
            g.Add("terminal history", CliAction.TerminalHistory);
            g.Add("terminal no history", CliAction.TerminalNoHistory);
        }

        private static void UserExecPatterns(GrammarBuilder g)
        {
            g.Add("enable", CliAction.Enable);
            g.Add("show version", CliAction.ShowVersion);
            g.Add("show history", CliAction.ShowHistory);
            g.Add("show clock", CliAction.ShowClock);
            g.Add("exit", CliAction.Logout);
            TerminalPatterns(g);
        }

        // Every configuration mode also has end, exit and do; "no" is handled before the tree.
        private static void ModeCommon(GrammarBuilder g)
        {
            g.Add("end", CliAction.End);
            g.Add("exit", CliAction.Exit);
            g.Add("do LINE", CliAction.Do);
        }

        private static void ConfigPatterns(GrammarBuilder g)
        {
            g.Add("hostname WORD", CliAction.Hostname);
            g.Add("enable secret LINE", CliAction.EnableSecret);
            g.Add("mail domain WORD", CliAction.MailDomain);
            g.Add("username WORD password LINE", CliAction.UsernamePassword);
            g.Add("username WORD secret WORD", CliAction.UsernameSecret);
            g.Add("username WORD", CliAction.UsernamePassword);
            g.Add("username WORD privilege NUMBER password LINE", CliAction.UsernamePassword);
            g.Add("username WORD privilege NUMBER secret WORD", CliAction.UsernameSecret);
            g.Add("clock timezone WORD WORD", CliAction.ClockTimezone);
            g.Add("clock timezone WORD WORD NUMBER", CliAction.ClockTimezone);
            g.AddNoForm("clock timezone", CliAction.ClockTimezone);
            g.Add("ntp server A.B.C.D", CliAction.NtpServer);
            g.AddNoForm("ntp server", CliAction.NtpServer);
            g.Add("ip domain-lookup", CliAction.HabitAccepted);
            g.Add("ip domain lookup", CliAction.HabitAccepted);
            g.Add("service password-encryption", CliAction.HabitAccepted);
            g.Add("banner motd LINE", CliAction.HabitRefused);
            g.Add("banner login LINE", CliAction.HabitRefused);
            g.Add("line con NUMBER", CliAction.HabitRefused);
            g.Add("line vty NUMBER LINE", CliAction.HabitRefused);
            g.Add("mail postmaster WORD", CliAction.MailPostmaster);
            g.Add("mail require-auth", CliAction.MailRequireAuth);
            g.Add("mail max-message-size NUMBER", CliAction.MailMaxMessageSize);
            g.Add("mail mailbox-quota NUMBER", CliAction.MailMailboxQuota);
            g.Add("mail max-sessions NUMBER", CliAction.MailMaxSessions);
            g.Add("mail client-sessions NUMBER", CliAction.MailClientSessions);
            g.Add("mail imap idle-timeout NUMBER", CliAction.MailImapIdleTimeout);
            g.Add("ip dns server", CliAction.DnsServer);
            g.Add("ip http server", CliAction.HttpServer);
            string addresses = "ip host WORD";
            for (int i = 0; i < IpHostCommand.MaxAddresses; i++)
            {
                addresses += " A.B.C.D";
                g.Add(addresses, CliAction.IpHost);
            }
            g.Add("ip host WORD mx NUMBER WORD", CliAction.IpHost);
            g.Add("ip host WORD cname WORD", CliAction.IpHost);
            g.Add("ip host WORD txt LINE", CliAction.IpHost);
            g.Add("ip host WORD ns WORD", CliAction.IpHost);
            g.Add("ip host WORD", CliAction.IpHost);
            g.Add("ip domain-name WORD", CliAction.DomainName);
            g.Add("ip name-server A.B.C.D", CliAction.NameServer);
            g.Add("ip dhcp excluded-address A.B.C.D", CliAction.ExcludedAddress);
            g.Add("ip dhcp excluded-address A.B.C.D A.B.C.D", CliAction.ExcludedAddress);
            g.Add("ip dhcp pool WORD", CliAction.DhcpPool);
            g.Add("interface ethernet0", CliAction.Interface);
            g.Add("interface wifi0", CliAction.Interface);
            g.Add("ip default-gateway A.B.C.D", CliAction.DefaultGateway);
        }

        private static void PoolPatterns(GrammarBuilder g)
        {
            g.Add("network A.B.C.D A.B.C.D", CliAction.Network);
            g.Add("network A.B.C.D WORD", CliAction.Network);
            g.Add("default-router A.B.C.D", CliAction.DefaultRouter);
            g.Add("dns-server A.B.C.D", CliAction.PoolDnsServer);
            g.Add("domain-name WORD", CliAction.PoolDomainName);
            g.Add("lease NUMBER", CliAction.Lease);
            g.Add("lease NUMBER NUMBER", CliAction.Lease);
            g.Add("lease NUMBER NUMBER NUMBER", CliAction.Lease);
            g.Add("host A.B.C.D", CliAction.Host);
            g.Add("host A.B.C.D A.B.C.D", CliAction.Host);
            g.Add("hardware-address H.H.H", CliAction.HardwareAddress);
            g.Add("client-identifier H.H.H", CliAction.ClientIdentifier);
            // The "no" forms IOS accepts without the value (no default-router, no lease ...).
            g.AddNoForm("network", CliAction.Network);
            g.AddNoForm("default-router", CliAction.DefaultRouter);
            g.AddNoForm("dns-server", CliAction.PoolDnsServer);
            g.AddNoForm("domain-name", CliAction.PoolDomainName);
            g.AddNoForm("lease", CliAction.Lease);
            g.AddNoForm("host", CliAction.Host);
            g.AddNoForm("hardware-address", CliAction.HardwareAddress);
            g.AddNoForm("client-identifier", CliAction.ClientIdentifier);
        }

        private static void InterfacePatterns(GrammarBuilder g)
        {
            g.Add("ip address A.B.C.D A.B.C.D", CliAction.IpAddress);
            g.Add("ip address dhcp", CliAction.IpAddressDhcp);
            g.Add("ssid WORD", CliAction.Ssid);
            g.Add("password LINE", CliAction.WifiPassword);
            g.Add("shutdown", CliAction.Shutdown);
            g.AddNoForm("ip address", CliAction.IpAddress);
            g.AddNoForm("ssid", CliAction.Ssid);
            g.AddNoForm("password", CliAction.WifiPassword);
        }

        /// <summary>The command tree of a mode.</summary>
        public static CliNode Build(CliMode mode)
        {
            var g = new GrammarBuilder(Help());
            switch (mode)
            {
                case CliMode.UserExec:
                    UserExecPatterns(g);
                    break;
                case CliMode.Exec:
                    ExecPatterns(g);
                    break;
                case CliMode.Config:
                    ConfigPatterns(g);
                    ModeCommon(g);
                    break;
                case CliMode.DhcpPool:
                    PoolPatterns(g);
                    ModeCommon(g);
                    break;
                default:
                    InterfacePatterns(g);
                    ModeCommon(g);
                    break;
            }
            return g.Root;
        }

        // Merges patterns into one tree, the help texts looked up as each new word is added.
        private sealed class GrammarBuilder
        {
            private readonly string[] _help;

            public GrammarBuilder(string[] help)
            {
                _help = help;
                Root = new CliNode(CliNode.Keyword, "", "");
            }

            public CliNode Root { get; private set; }

            /// <summary>A command complete only after "no": without it the engine says "% Incomplete command.".</summary>
            public void AddNoForm(string pattern, int action)
            {
                Add(pattern, action).NoFormOnly = true;
            }

            /// <summary>Adds a pattern; returns the node its command ends at.</summary>
            public CliNode Add(string pattern, int action)
            {
                string[] words = pattern.Split(' ');
                CliNode node = Root;
                for (int i = 0; i < words.Length; i++)
                {
                    CliNode child = node.Child(words[i]);
                    if (child == null)
                    {
                        child = node.Add(new CliNode(KindOf(words[i]), words[i], HelpFor(node.Text, words[i], _help)));
                    }
                    node = child;
                }
                node.Action = action;
                return node;
            }
        }

        private static int KindOf(string word)
        {
            switch (word)
            {
                case "WORD": return CliNode.Word;
                case "LINE": return CliNode.Line;
                case "A.B.C.D": return CliNode.Address;
                case "NUMBER": return CliNode.Number;
                case "H.H.H": return CliNode.Hex;
                default: return CliNode.Keyword;
            }
        }

        // A "parent word" entry first ("configure terminal"), then the word's own.
        private static string HelpFor(string parent, string word, string[] help)
        {
            string inContext = parent + " " + word;
            for (int i = 0; i < help.Length; i += 2)
            {
                if (help[i] == inContext)
                {
                    return help[i + 1];
                }
            }
            switch (word)
            {
                case "WORD": return "A name";
                case "LINE": return "Text to the end of the line";
                case "A.B.C.D": return "An IPv4 address";
                case "NUMBER": return "A number";
                case "H.H.H": return "Hexadecimal, as 0100.5e00.0001";
            }
            for (int i = 0; i < help.Length; i += 2)
            {
                if (help[i] == word)
                {
                    return help[i + 1];
                }
            }
            return "";
        }
    }
}
