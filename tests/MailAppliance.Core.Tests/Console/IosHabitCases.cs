using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Console
{
    /// <summary>What IOS users type by habit, and the IOS details they expect. On .NET and nanoCLR.</summary>
    public static class IosHabitCases
    {
        private static string Run(ConsoleFixture console, string line)
        {
            console.Take();
            console.Type(line + "\r");
            string screen = console.Take();
            // Without the echoed line and the next prompt.
            int start = screen.IndexOf("\r\n") + 2;
            int end = screen.LastIndexOf("\r\n") + 2;
            return end > start ? screen.Substring(start, end - start) : "";
        }

        /// <summary>do's caret stands under the bad word as typed; the no forms of pool settings need no value.</summary>
        public static void DoCaretAndNoForms()
        {
            var console = new ConsoleFixture();
            ConsoleCases.Type(console, new string[] { "configure terminal" });
            // "MailAppliance(config)#" is 22 columns, "do show ip dhcp " 16 more.
            Expect.Equal(new string(' ', 38) + "^\r\n% Invalid input detected at '^' marker.\r\n", Run(console, "do show ip dhcp bindings"), "the caret under 'bindings'");
            ConsoleCases.Type(console, new string[] { "ip dhcp pool lab", "network 192.168.1.0 255.255.255.0", "default-router 192.168.1.1", "dns-server 192.168.1.2", "domain-name mail.com", "lease 2" });
            Expect.Equal("% Incomplete command.\r\n", Run(console, "default-router"), "a value is needed without no");
            ConsoleCases.Type(console, new string[] { "no default-router", "no dns-server", "no domain-name", "no lease" });
            string config = console.Engine.RunningConfig();
            Expect.True(config.IndexOf(" default-router") < 0 && config.IndexOf(" dns-server") < 0 && config.IndexOf(" domain-name") < 0 && config.IndexOf(" lease") < 0, "every setting gone: " + config);
            Expect.Equal(86400, console.Model.Dhcp.Pools[0].LeaseSeconds, "the default lease again");
            ConsoleCases.Type(console, new string[] { "interface wifi0", "ssid LabNet", "no ssid" });
            Expect.True(console.Model.Network.WifiSsid == null, "no ssid");
        }

        /// <summary>conf alone; exit ends the session (RETURN starts the next, in user EXEC); disable goes to user EXEC.</summary>
        public static void ConfExitAndDisable()
        {
            var console = new ConsoleFixture();
            Expect.True(Run(console, "conf").StartsWith("Enter configuration commands"), "conf is configure terminal");
            ConsoleCases.Type(console, new string[] { "end" });
            console.Take();
            console.Type("exit\r");
            Expect.Equal("exit\r\n\r\nMailAppliance con0 is now available\r\n\r\nPress RETURN to get started.\r\n", console.Take(), "the session ends");
            console.Type("show running-config\r");
            Expect.Equal("show running-config\r\nMailAppliance>", console.Take(), "any line is RETURN; user EXEC");
            console.Type("enable\rdisable\r");
            Expect.Equal("enable\r\nMailAppliance#disable\r\nMailAppliance>", console.Take(), "no secret: enable at once; disable: user EXEC");
        }

        /// <summary>Help names what a word does where it stands: username NAME ? is about the user, not the enable secret.</summary>
        public static void HelpTextsInTheirPlace()
        {
            var console = new ConsoleFixture();
            ConsoleCases.Type(console, new string[] { "configure terminal" });
            console.Take();
            console.Type("username x ?");
            string help = console.Take();
            Expect.True(help.IndexOf("  password            Specify the password for the user\r\n") > 0, "password: " + help);
            Expect.True(help.IndexOf("  secret              Specify the secret for the user") > 0, "secret: " + help);
            Expect.True(help.IndexOf("  privilege ") > 0, "privilege: " + help);
            console.Type("\x15" + "enable ?");
            Expect.True(console.Take().IndexOf("  secret              Assign the privileged level secret") > 0, "enable secret");
        }

        /// <summary>The lines typed by habit: accepted when harmless, refused naming what to do instead.</summary>
        public static void HabitLines()
        {
            var console = new ConsoleFixture();
            Expect.True(Run(console, "ping 192.168.1.10").StartsWith("% The appliance sends no pings; it answers them: ping it from a lab PC"), "ping");
            Expect.True(Run(console, "show interfaces").StartsWith("Interface"), "show interfaces: the interface table");
            ConsoleCases.Type(console, new string[] { "configure terminal" });
            Expect.Equal("", Run(console, "no ip domain-lookup"), "no ip domain-lookup");
            Expect.Equal("", Run(console, "no ip domain lookup"), "the newer spelling");
            Expect.Equal("", Run(console, "service password-encryption"), "service password-encryption");
            Expect.True(Run(console, "banner motd #Lab#").StartsWith("% No banners on this appliance"), "banner motd");
            Expect.True(Run(console, "line con 0").StartsWith("% No terminal lines to configure here: 'terminal length'"), "line con 0");
            Expect.Equal("", Run(console, "username teacher privilege 15 password t3acher"), "privilege is ignored");
            Expect.True(console.Model.Users.Authenticate("teacher", "t3acher") == "teacher", "the user and password took");
            ConsoleCases.Type(console, new string[] { "end" });
            Run(console, "write erase");
            console.Type("\r");
            Expect.Equal(1, console.Host.Erases, "write erase is erase startup-config");
        }

        /// <summary>ip host NAME with several addresses sets them all (and replaces); a CNAME stands alone (RFC 1034 3.6.2); no ip host NAME cname T removes just that.</summary>
        public static void IpHostAddressesAndAliases()
        {
            var console = new ConsoleFixture();
            ConsoleCases.Type(console, new string[] { "configure terminal", "ip host www.mt.com 192.168.2.10 192.168.2.11", "ip host web.mt.com cname www.mt.com", "ip host web.mt.com cname www.mt.com" });
            Expect.True(console.Engine.RunningConfig().IndexOf("ip host www.mt.com 192.168.2.10 192.168.2.11\r\nip host web.mt.com cname www.mt.com\r\n") > 0, "one line, both addresses; the same alias twice is one: " + console.Engine.RunningConfig());
            ConsoleCases.Type(console, new string[] { "ip host www.mt.com 192.168.2.12" });
            Expect.True(console.Engine.RunningConfig().IndexOf("ip host www.mt.com 192.168.2.12\r\n") > 0, "a new ip host line replaces the addresses");
            Expect.True(Run(console, "ip host web.mt.com 192.168.2.13").StartsWith("% web.mt.com is an alias (cname www.mt.com)"), "an address for an alias");
            Expect.True(Run(console, "ip host www.mt.com cname other.mt.com").StartsWith("% www.mt.com has other records"), "an alias for a name with an address");
            Expect.True(Run(console, "ip host web.mt.com cname other.mt.com").StartsWith("% web.mt.com is already an alias"), "a second alias");
            ConsoleCases.Type(console, new string[] { "ip host mt.com mx 10 mail.mt.com", "ip host mt.com txt v=spf1 -all" });
            Expect.Equal("% No such record for mt.com\r\n", Run(console, "no ip host mt.com cname www.mt.com"), "no such alias");
            ConsoleCases.Type(console, new string[] { "no ip host mt.com mx 10 mail.mt.com" });
            string config = console.Engine.RunningConfig();
            Expect.True(config.IndexOf("ip host mt.com mx") < 0 && config.IndexOf("ip host mt.com txt v=spf1 -all") > 0, "only the MX went: " + config);
            ConsoleCases.Type(console, new string[] { "no ip host web.mt.com cname www.mt.com" });
            Expect.True(console.Engine.RunningConfig().IndexOf("web.mt.com") < 0, "the alias went");
            Expect.True(Run(console, "ip host x.mt.com 1.1.1.1 1.1.1.2 1.1.1.3 1.1.1.4 1.1.1.5 1.1.1.6 1.1.1.7 1.1.1.8 1.1.1.9").IndexOf("% Invalid input") >= 0, "at most eight");
        }
    }
}
