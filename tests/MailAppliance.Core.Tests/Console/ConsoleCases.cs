using MailAppliance.Core.Console;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Console
{
    /// <summary>The console's configuration rules, checked on .NET and on nanoCLR alike.</summary>
    public static class ConsoleCases
    {
        /// <summary>Every kind of configuration line the console saves, typed as a teacher would.</summary>
        public static readonly string[] LabConfiguration = new string[]
        {
            "configure terminal",
            "hostname lab-mail",
            "mail domain mt.com",
            "mail postmaster client2",
            "mail require-auth",
            "mail max-message-size 2000000",
            "mail mailbox-quota 5000000",
            "mail max-sessions 6",
            "mail client-sessions 3",
            "mail imap idle-timeout 600",
            "no ip http server",
            "username teacher password s3cret",
            "ip domain-name lab.local",
            "ip name-server 10.0.0.1",
            "ip host www.mastertech.com 192.168.1.10",
            "ip host mastertech.com mx 10 mail.mt.com",
            "ip host web.mt.com cname www.mastertech.com",
            "ip host mt.com txt v=spf1 -all",
            "ip dhcp excluded-address 192.168.1.1 192.168.1.9",
            "ip dhcp pool lab",
            " network 192.168.1.0 255.255.255.0",
            " default-router 192.168.1.1",
            " lease 0 8 30",
            "ip dhcp pool backend",
            " network 192.168.2.0 /24",
            " default-router 192.168.2.1",
            " domain-name mt.com",
            "ip dhcp pool printer",
            " host 192.168.1.50 255.255.255.0",
            " hardware-address 0200.0000.0050",
            "interface ethernet0",
            " ip address 192.168.1.2 255.255.255.0",
            "interface wifi0",
            " ip address dhcp",
            " ssid LabNet",
            " password lab wifi key",
            " shutdown",
            "ip default-gateway 192.168.1.1",
            "enable secret letmein",
            "end",
        };

        /// <summary>Types every line, each ended by Enter.</summary>
        public static void Type(ConsoleFixture console, string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                console.Type(lines[i] + "\r");
            }
        }

        /// <summary>The lab example's running-config, as bytes (compared with .NET's).</summary>
        public static byte[] LabExampleRunningConfig() => Latin1.GetBytes(WithoutSalts(new ConsoleFixture().Engine.RunningConfig()));

        /// <summary><paramref name="text"/> with each password hash (random salt) replaced by "$sha256$…", so runs compare.</summary>
        public static string WithoutSalts(string text)
        {
            int at = text.IndexOf("$sha256$");
            while (at >= 0)
            {
                int end = text.IndexOf("\r\n", at);
                end = end < 0 ? text.Length : end;
                text = text.Substring(0, at) + "$sha256$..." + text.Substring(end);
                at = text.IndexOf("$sha256$", at + 11);
            }
            return text;
        }

        /// <summary>ip http server and IOS's show ip http server status.</summary>
        public static void TheWebServerIsSwitchedAndShown()
        {
            var console = new ConsoleFixture();
            console.Take();
            console.Type("show ip http server status\r");
            Expect.Equal("show ip http server status\r\nHTTP server status: Enabled\r\nHTTP server port: 80\r\nHTTP server methods: GET, HEAD\r\nHTTP server sites: the folders in www/ on the SD card, www/default/ for other names\r\nHTTP requests answered: 0\r\nMailAppliance#", console.Take(), "on by default");
            Type(console, new string[] { "configure terminal", "no ip http server", "end" });
            Expect.True(console.Engine.RunningConfig().IndexOf("\r\nno ip http server\r\n") >= 0, "saved as IOS writes it");
            console.Take();
            console.Type("show ip http server status\r");
            Expect.True(console.Take().IndexOf("HTTP server status: Disabled\r\n") >= 0, "off");
        }

        /// <summary>show users says who has an IMAP session open (how many) and who a POP3 session.</summary>
        public static void ShowUsersSaysWhoIsConnected()
        {
            var console = new ConsoleFixture();
            var imap = new MailAppliance.Core.Imap.ImapSession(console.Model, console.Store, new FixedClock(), new ListTrace(), new RecordingOutput(), "192.168.1.4", "imap 1");
            var second = new MailAppliance.Core.Imap.ImapSession(console.Model, console.Store, new FixedClock(), new ListTrace(), new RecordingOutput(), "192.168.1.5", "imap 2");
            byte[] login = Latin1.GetBytes("a LOGIN client2 admin\r\n");
            imap.Receive(login, 0, login.Length);
            second.Receive(login, 0, login.Length);
            console.Model.Locks.TryAcquire("client1");
            console.Take();
            console.Type("show users\r");
            Expect.Equal("show users\r\nUser                Messages  Bytes       Connected\r\nclient1             0         0           POP3\r\nclient2             0         0           IMAP x2\r\nMailAppliance#", console.Take(), "both online");
            byte[] logout = Latin1.GetBytes("b LOGOUT\r\n");
            imap.Receive(logout, 0, logout.Length);
            second.Disconnected();
            console.Model.Locks.Release("client1");
            console.Type("show users\r");
            Expect.Equal("show users\r\nUser                Messages  Bytes       Connected\r\nclient1             0         0\r\nclient2             0         0\r\nMailAppliance#", console.Take(), "all gone, by LOGOUT and by a dropped connection");
        }

        /// <summary>The running-config is saved, replayed into an empty appliance, and comes back the same.</summary>
        public static void RunningConfigRoundTrips()
        {
            var console = new ConsoleFixture();
            Type(console, LabConfiguration);
            string running = console.Engine.RunningConfig();
            Expect.True(running.IndexOf("hostname lab-mail\r\n") >= 0, "the host name saved");
            Expect.True(running.IndexOf("mail max-sessions 6\r\nmail client-sessions 3\r\nmail imap idle-timeout 600\r\n") >= 0, "the session caps and IMAP's idle timeout saved");
            Expect.True(running.IndexOf("ip dhcp pool backend\r\n network 192.168.2.0 255.255.255.0\r\n default-router 192.168.2.1\r\n domain-name mt.com\r\n") >= 0, "the backend pool saved");
            Expect.True(running.IndexOf(" lease 0 8 30\r\n") >= 0, "the lease time saved");
            Expect.True(running.IndexOf("ip dhcp pool printer\r\n host 192.168.1.50 255.255.255.0\r\n hardware-address 0200.0000.0050\r\n") >= 0, "the reservation saved");
            Expect.True(running.IndexOf("username teacher secret $sha256$") >= 0, "the password saved as a hash");
            Expect.True(running.IndexOf("s3cret") < 0 && running.IndexOf("letmein") < 0, "no password in clear");

            var fresh = new ConsoleFixture(false);
            var errors = new Screen();
            Expect.Equal(0, fresh.Engine.Load(running, errors), "lines refused on replay: " + errors.Text);
            Expect.Equal(running, fresh.Engine.RunningConfig(), "the running-config after replaying it");
            Expect.Equal("teacher", fresh.Model.Users.Authenticate("teacher", "s3cret"), "the teacher logs in with the replayed hash");
            Expect.Equal(2, fresh.Model.Dhcp.Pools.Length, "pools replayed");
            Expect.Equal(1, fresh.Model.Dhcp.Reservations.Length, "reservations replayed");
            Expect.Equal(0xC0A80132, fresh.Model.Dhcp.Reservations[0].Address, "the reserved address");
            Expect.Equal(3, fresh.Model.Limits.MaxSessionsPerAddress, "the per-client cap replayed");
            Type(fresh, new string[] { "enable", "letmein", "configure terminal", "no mail client-sessions 3", "end" });
            Expect.Equal(new MailAppliance.Core.Appliance.MailLimits().MaxSessionsPerAddress, fresh.Model.Limits.MaxSessionsPerAddress, "no mail client-sessions: the default again");
        }

        public static void CorruptStartupLineIsReportedAndSkipped()
        {
            var console = new ConsoleFixture(false);
            var errors = new Screen();
            int failed = console.Engine.Load("hostname lab\r\nmail domian mail.com\r\nmail domain mail.com\r\nusername client1 secret not-a-hash\r\nip dhcp pool lab\r\n network 192.168.1.0 255.255.255.0\r\nend\r\n", errors);
            Expect.Equal(2, failed, "lines skipped");
            Expect.Equal("% startup-config line 2 skipped: mail domian mail.com\r\n% startup-config line 4 skipped: username client1 secret not-a-hash\r\n", errors.Text, "what the console says");
            Expect.Equal("lab", console.Model.HostName, "the lines around the bad ones still apply");
            Expect.True(console.Model.Domains.IsLocal("mail.com"), "mail.com is local");
            Expect.Equal(1, console.Model.Dhcp.Pools.Length, "the pool");
            Expect.True(console.Engine.Mode == CliMode.Exec, "back in EXEC mode");
        }

        /// <summary>
        /// A saved enable secret locks the console from start-up: user EXEC, three tries at the
        /// secret (then "% Bad secrets", logged), and disable back to "&gt;".
        /// </summary>
        public static void SavedEnableSecretLocksTheConsoleFromStartUp()
        {
            var teacher = new ConsoleFixture();
            Type(teacher, new string[] { "configure terminal", "hostname lab", "enable secret letmein", "end" });
            var board = new ConsoleFixture(false);
            Expect.Equal(0, board.Engine.Load(teacher.Engine.RunningConfig(), new Screen()), "lines refused on replay");
            board.Take();
            Expect.Equal("lab>", board.Engine.Prompt, "user EXEC once the startup-config is loaded");
            Type(board, new string[] { "configure terminal", "enable", "wrong1", "wrong2", "wrong3", "enable", "letmein", "configure terminal", "end", "disable", "" });
            string screen = board.Take();
            Expect.Equal("configure terminal\r\n    ^\r\n% Invalid input detected at '^' marker.\r\n"
                + "lab>enable\r\nPassword: \r\nPassword: \r\nPassword: \r\n",
                screen.Substring(0, screen.IndexOf("% Bad secrets")), "user EXEC at start-up, three tries");
            string rest = screen.Substring(screen.IndexOf("% Bad secrets"));
            Expect.True(rest.EndsWith("\r\nlab>enable\r\nPassword: \r\nlab#configure terminal\r\nEnter configuration commands, one per line.  End with CNTL/Z.\r\nlab(config)#end\r\nlab#disable\r\nlab>\r\nlab>"), "the secret opens it, disable closes it: " + rest);
            string[] log = board.Model.Log.Lines;
            Expect.True(log[log.Length - 1].EndsWith("console: enable refused after 3 wrong secrets"), "the three wrong tries logged");
        }

        /// <summary>Users, domains and host records added and removed from the console, as a class list changes.</summary>
        public static byte[] UsersDomainsAndHostsComeAndGo()
        {
            var console = new ConsoleFixture();
            Type(console, new string[]
            {
                "configure terminal",
                "username a1 password x", "username a2 password x", "username a3 password x", "username a4 password x",
                "no username a2", "no username a4", "username a5 password y",
                "mail domain d1.com", "mail domain d2.com", "mail domain d3.com", "no mail domain d2.com", "no mail domain d1.com",
                "ip host h1.mail.com 192.168.1.31", "ip host h2.mail.com 192.168.1.32", "no ip host h1.mail.com", "ip host h3.mail.com 192.168.1.33",
                "end",
                "show users", "show hosts",
            });
            return Latin1.GetBytes(WithoutSalts(console.Take() + console.Engine.RunningConfig()));
        }

        private sealed class Screen : ICliOutput
        {
            public string Text = "";

            public void Write(string text) => Text += text;
        }
    }
}
