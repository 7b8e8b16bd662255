using System.Linq;
using System.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Console;

[TestClass]
public sealed class CliEngineTests
{
    private static void Run(ConsoleFixture console, params string[] lines) => console.Type(string.Join("\r", lines) + "\r");

    [TestMethod]
    public void EnableSecretGuardsConfigurationAndIsNotEchoed()
    {
        var console = new ConsoleFixture();
        Run(console, "configure terminal", "enable secret letmein", "end", "disable");
        console.Take();
        console.Type("conf t\r");
        StringAssert.Contains(console.Take(), "% Invalid input detected at '^' marker.");
        console.Type("enable\rwrong\r");
        Assert.AreEqual("enable\r\nPassword: \r\nPassword: ", console.Take(), "IOS asks again");
        console.Type("letmein\r");
        Assert.AreEqual("\r\nMailAppliance#", console.Take());
    }

    private static string ShowLogging(ConsoleFixture console)
    {
        console.Type("show logging\r");
        return console.Take();
    }

    [TestMethod]
    public void LineEditingKeys()
    {
        var console = new ConsoleFixture();
        console.Take();
        console.Type("shox\bw users\r");
        StringAssert.StartsWith(console.Take(), "shox\b \bw users\r\nUser");
        console.Type("configure terminal\rhostname abc\x15hostname x\r");
        StringAssert.EndsWith(console.Take(), "hostname abc" + new string('\b', 12) + new string(' ', 12) + new string('\b', 12) + "hostname x\r\nx(config)#");
        console.Type("mail dom\x03");
        Assert.AreEqual("mail dom^C\r\nx(config)#", console.Take());
        console.Type("\x1a");
        Assert.AreEqual("^Z\r\nx#", console.Take());
        console.Type("\x1bOP\x1b[15~show users\r");
        StringAssert.StartsWith(console.Take(), "show users\r\n", "function keys are swallowed, not typed");
    }

    [TestMethod]
    public void ReloadAsksToSaveThenToProceed()
    {
        var console = new ConsoleFixture();
        Run(console, "configure terminal", "hostname changed", "end");
        console.Take();
        console.Type("reload\rmaybe\ryes\r\r");
        Assert.AreEqual("reload\r\nSystem configuration has been modified. Save? [yes/no]: maybe\r\n% Please answer 'yes' or 'no'.\r\n"
            + "System configuration has been modified. Save? [yes/no]: yes\r\n[OK]\r\nProceed with reload? [confirm]\r\nchanged#", console.Take());
        Assert.AreEqual(1, console.Host.Reloads);
        StringAssert.Contains(console.Host.Startup, "hostname changed");
        console.Type("reload\rn\r");
        Assert.AreEqual(1, console.Host.Reloads, "saved: only the confirm question, answered no");
    }

    [TestMethod]
    public void RemovingAUserKeepsTheMailboxAndDeleteMailboxAsksFirst()
    {
        var console = new ConsoleFixture();
        console.Store.Add("client2", "00000001", "Subject: hi\r\n\r\nx\r\n");
        Run(console, "configure terminal", "no username client2", "hostname pasted");
        Assert.IsNull(console.Model.Users.Find("client2"));
        Assert.AreEqual("pasted", console.Model.HostName, "the line after no username is a command, not an answer");
        Assert.AreEqual(1, console.Store.Box("client2").Count, "the mailbox stays");
        Run(console, "end");
        console.Take();
        console.Type("delete mailbox client2\rn\r");
        Assert.AreEqual("delete mailbox client2\r\nDelete the mailbox of client2 and all its mail? [confirm]n\r\nMailbox kept\r\npasted#", console.Take());
        Assert.AreEqual(1, console.Store.Box("client2").Count);
        Run(console, "delete mailbox Client2", "");
        Assert.IsFalse(console.Store.HasMailbox("client2"));
    }

    [TestMethod]
    public void NewUserCanLogInAtOnce()
    {
        var console = new ConsoleFixture();
        Run(console, "configure terminal", "username student7 password pass7");
        Assert.AreEqual("student7", console.Model.Users.Authenticate("student7", "pass7"));
    }

    [TestMethod]
    public void AStartupConfigThatCannotBeWrittenIsSaidBeforeTheFirstPrompt()
    {
        var console = new ConsoleFixture();
        Assert.AreEqual("", console.Engine.StartNotice());
        console.Host.CardWritable = false;
        console.Session.Start();
        Assert.AreEqual("\r\n% write memory will fail: the test's flash is read-only\r\nMailAppliance#", console.Take().Substring(16));
    }

    [TestMethod]
    public void EachTracedSessionNamesItsClientsAddressAndPort()
    {
        var console = new ConsoleFixture();
        Run(console, "debug smtp");
        console.Take();
        var factory = new SmtpSessionFactory(console.Model, console.Store, new FixedClock(), console.Trace);
        factory.Create(new RecordingOutput(), "192.168.1.4", 50312).Start();
        factory.Create(new RecordingOutput(), "192.168.1.5", 50400).Start();
        string screen = console.Take();
        StringAssert.StartsWith(screen, "\r\nNov 26 10:00:00.000 smtp 1 -- connection from 192.168.1.4:50312\r\nNov 26 10:00:00.000 smtp 1 S: 220 ");
        StringAssert.Contains(screen, "\r\nNov 26 10:00:00.000 smtp 2 -- connection from 192.168.1.5:50400\r\n");
        Assert.IsFalse(screen.Contains("MailAppliance#"), "no prompt between the lines of a burst");
    }

    [TestMethod]
    public void DnsTraceNamesTypesAndRcodes()
    {
        byte[] query = MailAppliance.Core.Tests.Portable.DnsQuery.Build("mail.com", MailAppliance.Core.Dns.DnsType.MX);
        Assert.AreEqual("mail.com MX -> NXDOMAIN", MailAppliance.Core.Dns.DnsResponder.Describe(query, query.Length, MailAppliance.Core.Dns.DnsRcode.NxDomain));
        query = MailAppliance.Core.Tests.Portable.DnsQuery.Build("pc.mail.com", 99);
        Assert.AreEqual("pc.mail.com TYPE99 -> NOERROR", MailAppliance.Core.Dns.DnsResponder.Describe(query, query.Length, 0));
    }

    [TestMethod]
    public void DebugSmtpShowsTheTranscriptWithTheSecretMasked()
    {
        var console = new ConsoleFixture();
        Run(console, "debug smtp");
        console.Take();
        var output = new RecordingOutput();
        var session = new SmtpSession(console.Model, console.Store, new FixedClock(), console.Trace, output, "192.168.1.4", "smtp 1");
        session.Start();
        byte[] bytes = Encoding.ASCII.GetBytes("EHLO pc0\r\nAUTH PLAIN AGNsaWVudDEAYWRtaW4=\r\n");
        session.Receive(bytes, 0, bytes.Length);
        string screen = console.Take();
        StringAssert.Contains(screen, "Nov 26 10:00:00.000 smtp 1 S: 220 mail.com ESMTP MailAppliance\r\n");
        StringAssert.Contains(screen, "smtp 1 C: AUTH PLAIN (hidden)");
        Assert.IsFalse(screen.Contains("AGNsaWVudDEAYWRtaW4="));
        Run(console, "undebug all");
        console.Take();
        session.Receive(Encoding.ASCII.GetBytes("NOOP\r\n"), 0, 6);
        Assert.AreEqual("", console.Take());
    }

    [TestMethod]
    public void ShowCommandsAnswer()
    {
        var console = new ConsoleFixture();
        console.Store.Add("client2", "00000007", "From: a@b\r\nSubject: Lab 06\r\n\r\nbody\r\n");
        Run(console, "configure terminal", "ip host www.mastertech.com 192.168.1.10", "end");
        console.Take();
        Run(console, "show mailbox client2");
        StringAssert.Contains(console.Take(), "1    00000007  36        Lab 06\r\n");
        Run(console, "show hosts");
        StringAssert.Contains(console.Take(), "www.mastertech.com                A      192.168.1.10\r\n");
        Run(console, "show version");
        StringAssert.Contains(console.Take(), "MailAppliance firmware 0.1 (test)");
        Run(console, "show ip interface brief");
        StringAssert.Contains(console.Take(), "ethernet0     192.168.1.2");
        // show statistics is longer than a page now: without paging, the next line is a command, not a key for --More--.
        Run(console, "terminal length 0", "show statistics");
        StringAssert.Contains(console.Take(), "Messages received       0");
        Run(console, "show ip dhcp binding");
        StringAssert.Contains(console.Take(), "% The DHCP server is not running");
    }

    private sealed class NoLeaseFile : MailAppliance.Core.Dhcp.ILeaseStore
    {
        public void Save(MailAppliance.Core.Dhcp.DhcpLeases leases)
        {
        }
    }

    [TestMethod]
    public void DhcpBindingsAreShownAndCleared()
    {
        var console = new ConsoleFixture();
        Run(console, "configure terminal", "ip dhcp pool lab", "network 192.168.1.0 /24", "end");
        var server = new MailAppliance.Core.Dhcp.DhcpServer(console.Model, new MailAppliance.Core.Dhcp.DhcpLeases(), new FixedClock(), new NoLeaseFile());
        console.Engine.Dhcp = server;
        byte[] discover = new MailAppliance.Core.Tests.Portable.DhcpMessage { HostName = "pc4" }.Build();
        byte[] request = new MailAppliance.Core.Tests.Portable.DhcpMessage { Type = 3, ServerId = 0xC0A80102, RequestedAddress = 0xC0A80101, HostName = "pc4" }.Build();
        var reply = new byte[600];
        server.Handle(discover, discover.Length, reply, out _, out _);
        server.Handle(request, request.Length, reply, out _, out _);
        console.Take();
        Run(console, "show ip dhcp binding");
        StringAssert.Contains(console.Take(), "192.168.1.1      0102.0000.0000.01             24h00m      Automatic  pc4\r\n");
        Run(console, "clear ip dhcp binding 192.168.1.99");
        StringAssert.Contains(console.Take(), "% No binding for 192.168.1.99");
        Run(console, "clear ip dhcp binding *", "show ip dhcp binding");
        Assert.IsFalse(console.Take().Contains("pc4"));
    }

    [TestMethod]
    public void CopyShowAndEraseTheStartupConfig()
    {
        var console = new ConsoleFixture();
        Run(console, "show startup-config");
        StringAssert.Contains(console.Take(), "startup-config is not present");
        Run(console, "copy running-config startup-config");
        StringAssert.Contains(console.Take(), "[OK]");
        Assert.AreEqual(console.Engine.RunningConfig(), console.Host.Startup);
        Run(console, "show startup-config");
        StringAssert.Contains(console.Take(), "mail domain mail.com\r\n");
        console.Type("erase startup-config\rn\r");
        Assert.IsNotNull(console.Host.Startup, "not confirmed: kept");
        console.Type("erase startup-config\r\r");
        StringAssert.Contains(console.Take(), "Continue? [confirm]");
        Assert.IsNull(console.Host.Startup);
    }

    [TestMethod]
    public void WifiInterfaceSettingsAreKept()
    {
        var console = new ConsoleFixture();
        Run(console, ConsoleCases.LabConfiguration);
        var network = console.Model.Network;
        Assert.IsTrue(network.UseDhcp[1]);
        Assert.AreEqual("LabNet", network.WifiSsid);
        Assert.AreEqual("lab wifi key", network.WifiPassword);
        Assert.IsTrue(network.Shutdown[1]);
        StringAssert.Contains(console.Engine.RunningConfig(), "interface wifi0\r\n ip address dhcp\r\n ssid LabNet\r\n password lab wifi key\r\n shutdown\r\n");
        Run(console, "configure terminal", "interface ethernet0", "ssid Nope");
        StringAssert.Contains(console.Take(), "% ssid and password are for interface wifi0");
    }

    [TestMethod]
    public void WriteFailsCleanlyWhenTheCardIsReadOnly()
    {
        var console = new ConsoleFixture();
        console.Host.CardWritable = false;
        Run(console, "write memory");
        StringAssert.Contains(console.Take(), "% The startup-config cannot be written; nothing was saved");
    }
}
