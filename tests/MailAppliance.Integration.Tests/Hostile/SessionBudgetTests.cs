using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Hostile;

/// <summary>
/// The session budget shared by SMTP and POP3 (and DNS over TCP's own) cannot be taken by one
/// client address or one service. Other lab PCs are other loopback addresses (127.0.0.2, ...).
/// </summary>
[TestClass]
public sealed class SessionBudgetTests
{
    private const string SmtpGreeting = "220 mail.com ESMTP MailAppliance\r\n";
    private const string SmtpBusy = "421 4.3.2 Too many connections, try again later\r\n";

    [TestMethod]
    public void OneAddressCannotHoldMoreThanItsShareWithoutALogin()
    {
        using var emulator = EmulatorProcess.Start(null, "--max-sessions", "6");
        using var first = Greeted(new LineClient("127.0.0.2", emulator.Host, emulator.SmtpPort));
        using var second = Greeted(new LineClient("127.0.0.2", emulator.Host, emulator.SmtpPort));
        using (var third = new LineClient("127.0.0.2", emulator.Host, emulator.SmtpPort))
        {
            Assert.AreEqual(SmtpBusy, third.ReadToClose());
        }
        using var otherPc = Greeted(new LineClient("127.0.0.3", emulator.Host, emulator.SmtpPort));
        emulator.Stop();
    }

    [TestMethod]
    public void SessionsThatLoggedInDoNotCountAgainstTheirAddress()
    {
        using var emulator = EmulatorProcess.Start(null, "--max-sessions", "6");
        using var client1 = LoggedIn(emulator, "client1");
        using var client2 = LoggedIn(emulator, "client2");
        using var smtp = Greeted(new LineClient("127.0.0.2", emulator.Host, emulator.SmtpPort));
        emulator.Stop();
    }

    [TestMethod]
    public void AFloodOnOneServiceLeavesASlotForTheOther()
    {
        using var emulator = EmulatorProcess.Start(null, "--max-sessions", "3");
        using var a = Greeted(new LineClient("127.0.0.2", emulator.Host, emulator.SmtpPort));
        using var b = Greeted(new LineClient("127.0.0.3", emulator.Host, emulator.SmtpPort));
        using (var c = new LineClient("127.0.0.4", emulator.Host, emulator.SmtpPort))
        {
            Assert.AreEqual(SmtpBusy, c.ReadToClose());
        }
        using var pop3 = new LineClient("127.0.0.5", emulator.Host, emulator.Pop3Port);
        Assert.AreEqual("+OK mail.com POP3 server ready\r\n", pop3.ReadUntil("\r\n"));
        emulator.Stop();
    }

    [TestMethod]
    public void IdleDnsConnectionsFromOneAddressDoNotShutOutTcpQueries()
    {
        using var emulator = EmulatorProcess.Start();
        using var idle = new LineClient("127.0.0.2", emulator.Host, emulator.DnsPort);
        using var second = new LineClient("127.0.0.2", emulator.Host, emulator.DnsPort);
        var (exit, output) = ProgramRunner.Run("dig", "@" + emulator.Host, "-p", emulator.DnsPort.ToString(), "+tcp", "+time=5", "+tries=1", "+short", "mail.com", "A");
        Assert.AreEqual(0, exit, output);
        Assert.AreEqual("127.0.0.1\n", output);
        Assert.AreEqual("", second.ReadToClose());
        emulator.Stop();
    }

    [TestMethod]
    public void RefusalsAreLoggedAndCounted()
    {
        using var emulator = EmulatorProcess.Start(null, "--max-sessions", "1");
        using var held = Greeted(new LineClient("127.0.0.2", emulator.Host, emulator.SmtpPort));
        using (var refused = new LineClient("127.0.0.3", emulator.Host, emulator.Pop3Port))
        {
            Assert.AreEqual("-ERR [SYS/TEMP] Too many connections, try again later\r\n", refused.ReadToClose());
        }
        emulator.WaitForLine(line => line.EndsWith("pop3: refused 127.0.0.3 (all 1 sessions in use)"), "the refusal on the console");
        emulator.TypeOnConsole("show statistics");
        emulator.WaitForLine(line => line.EndsWith("Sessions refused (busy) 1"), "the refusal counted");
        emulator.Stop();
    }

    private static LineClient Greeted(LineClient client)
    {
        Assert.AreEqual(SmtpGreeting, client.ReadUntil("\r\n"));
        return client;
    }

    private static LineClient LoggedIn(EmulatorProcess emulator, string user)
    {
        var client = new LineClient("127.0.0.2", emulator.Host, emulator.Pop3Port);
        client.ReadUntil("\r\n");
        client.Send("USER " + user + "\r\nPASS admin\r\n");
        StringAssert.StartsWith(client.ReadUntil(" octets)\r\n").Split("\r\n")[1], "+OK Logged in");
        return client;
    }
}
