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
            "terminal", "Configure from the terminal",
            "write", "Write running configuration to memory",
            "memory", "Write to the startup configuration (board: internal flash)",
            "copy", "Copy from one file to another",
            "erase", "Erase a file",
            "reload", "Restart the appliance",
            "debug", "Show a live trace of transactions",
            "undebug", "Disable debugging functions",
            "smtp", "SMTP transactions",
            "pop3", "POP3 transactions",
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
            "max-sessions", "SMTP and POP3 sessions at once",
            "client-sessions", "SMTP and POP3 sessions without a login from one client address",
            "username", "Establish a mail user",
            "password", "Specify the password",
            "server", "Enable the DNS server",
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
        };

        private static string[] ExecPatterns() => new string[]
        {
            "show running-config", "1",
            "show startup-config", "2",
            "show version", "3",
            "show users", "4",
            "show mailbox WORD", "5",
            "show hosts", "6",
            "show ip dhcp binding", "7",
            "show ip dhcp pool", "8",
            "show ip interface brief", "9",
            "show statistics", "10",
            "show logging", "11",
            "configure terminal", "12",
            "write", "13",
            "write memory", "13",
            "copy running-config startup-config", "13",
            "erase startup-config", "15",
            "reload", "16",
            "debug smtp", "17",
            "debug pop3", "17",
            "debug dns", "17",
            "debug dhcp", "17",
            "debug all", "17",
            "undebug all", "18",
            "no debug all", "18",
            "clear ip dhcp binding A.B.C.D", "19",
            "clear ip dhcp binding *", "19",
            "enable", "20",
            "disable", "21",
            "exit", "22",
        };

        private static string[] UserExecPatterns() => new string[]
        {
            "enable", "20",
            "show version", "3",
            "exit", "22",
        };

        // Every configuration mode also has end, exit and do; "no" is handled before the tree.
        private static string[] ModeCommon() => new string[]
        {
            "end", "53",
            "exit", "54",
            "do LINE", "55",
        };

        private static string[] ConfigPatterns() => new string[]
        {
            "hostname WORD", "30",
            "enable secret LINE", "31",
            "mail domain WORD", "32",
            "username WORD password LINE", "33",
            "username WORD secret WORD", "34",
            "username WORD", "33",
            "mail postmaster WORD", "36",
            "mail require-auth", "37",
            "mail max-message-size NUMBER", "38",
            "mail mailbox-quota NUMBER", "39",
            "mail max-sessions NUMBER", "40",
            "mail client-sessions NUMBER", "43",
            "ip dns server", "41",
            "ip host WORD A.B.C.D", "42",
            "ip host WORD mx NUMBER WORD", "42",
            "ip host WORD cname WORD", "42",
            "ip host WORD txt LINE", "42",
            "ip host WORD ns WORD", "42",
            "ip host WORD", "42",
            "ip domain-name WORD", "47",
            "ip name-server A.B.C.D", "48",
            "ip dhcp excluded-address A.B.C.D", "49",
            "ip dhcp excluded-address A.B.C.D A.B.C.D", "49",
            "ip dhcp pool WORD", "50",
            "interface ethernet0", "51",
            "interface wifi0", "51",
            "ip default-gateway A.B.C.D", "52",
        };

        private static string[] PoolPatterns() => new string[]
        {
            "network A.B.C.D A.B.C.D", "60",
            "network A.B.C.D WORD", "60",
            "default-router A.B.C.D", "61",
            "dns-server A.B.C.D", "62",
            "domain-name WORD", "63",
            "lease NUMBER", "64",
            "lease NUMBER NUMBER", "64",
            "lease NUMBER NUMBER NUMBER", "64",
            "host A.B.C.D", "65",
            "host A.B.C.D A.B.C.D", "65",
            "hardware-address H.H.H", "66",
            "client-identifier H.H.H", "67",
        };

        private static string[] InterfacePatterns() => new string[]
        {
            "ip address A.B.C.D A.B.C.D", "70",
            "ip address dhcp", "71",
            "ssid WORD", "72",
            "password LINE", "73",
            "shutdown", "74",
        };

        /// <summary>The command tree of a mode.</summary>
        public static CliNode Build(CliMode mode)
        {
            var root = new CliNode(CliNode.Keyword, "", "");
            string[] help = Help();
            switch (mode)
            {
                case CliMode.UserExec:
                    AddAll(root, UserExecPatterns(), help);
                    break;
                case CliMode.Exec:
                    AddAll(root, ExecPatterns(), help);
                    break;
                case CliMode.Config:
                    AddAll(root, ConfigPatterns(), help);
                    AddAll(root, ModeCommon(), help);
                    break;
                case CliMode.DhcpPool:
                    AddAll(root, PoolPatterns(), help);
                    AddAll(root, ModeCommon(), help);
                    break;
                default:
                    AddAll(root, InterfacePatterns(), help);
                    AddAll(root, ModeCommon(), help);
                    break;
            }
            return root;
        }

        private static void AddAll(CliNode root, string[] patterns, string[] help)
        {
            for (int i = 0; i < patterns.Length; i += 2)
            {
                long action;
                Text.Numbers.TryParse(patterns[i + 1], out action);
                Add(root, patterns[i], (int)action, help);
            }
        }

        private static void Add(CliNode root, string pattern, int action, string[] help)
        {
            string[] words = pattern.Split(' ');
            CliNode node = root;
            for (int i = 0; i < words.Length; i++)
            {
                CliNode child = node.Child(words[i]);
                if (child == null)
                {
                    child = node.Add(new CliNode(KindOf(words[i]), words[i], HelpFor(words[i], help)));
                }
                node = child;
            }
            node.Action = action;
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

        private static string HelpFor(string word, string[] help)
        {
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
