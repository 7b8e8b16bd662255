using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>Exact bytes on the wire, as a student with nc sees them, for what client libraries hide.</summary>
[TestClass]
public sealed class RawSessionTests
{
    [TestMethod]
    public void PipelinedTransactionIsAnsweredInOrder()
    {
        using var emulator = EmulatorProcess.Start();
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        Assert.AreEqual("220 mail.com ESMTP MailAppliance\r\n", client.ReadUntil("\r\n"));
        client.Send("EHLO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nRCPT TO:<x@example.org>\r\nDATA\r\n");
        Assert.AreEqual(
            "250-mail.com\r\n250-PIPELINING\r\n250-SIZE 10485760\r\n250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n250 AUTH PLAIN LOGIN\r\n" +
            "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n554 5.7.1 <x@example.org>: Relay access denied\r\n354 End data with <CR><LF>.<CR><LF>\r\n",
            client.ReadUntil("<CR><LF>\r\n"));
        client.Send("Subject: piped\r\n\r\nbody\r\n.\r\nQUIT\r\n");
        Assert.AreEqual("250 2.0.0 Ok: queued\r\n221 2.0.0 Bye\r\n", client.ReadToClose());
        Assert.AreEqual(1, Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Length);
        emulator.Stop();
    }

    [TestMethod]
    public void HandTypedSessionWithBareLineFeeds()
    {
        // nc without -C sends LF only: commands work; DATA still needs CRLF.CRLF to end.
        using var emulator = EmulatorProcess.Start();
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.ReadUntil("\r\n");
        client.Send("HELO student\nMAIL FROM:<client1@mail.com>\nRCPT TO:<client2@mail.com>\nDATA\n");
        Assert.AreEqual("250 mail.com\r\n250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n", client.ReadUntil("<CR><LF>\r\n"));
        client.Send("typed\n.\nstill content\r\n.\r\nQUIT\n");
        Assert.AreEqual("250 2.0.0 Ok: queued\r\n221 2.0.0 Bye\r\n", client.ReadToClose());
        string stored = File.ReadAllText(Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Single());
        StringAssert.EndsWith(stored, "\r\ntyped\r\n.\r\nstill content\r\n");
        emulator.Stop();
    }

    [TestMethod]
    public void SessionOverTheCapIsRefusedAndClosed()
    {
        using var emulator = EmulatorProcess.Start(null, "--max-sessions", "1");
        using var first = new LineClient(emulator.Host, emulator.SmtpPort);
        Assert.AreEqual("220 mail.com ESMTP MailAppliance\r\n", first.ReadUntil("\r\n"));
        using (var second = new LineClient(emulator.Host, emulator.Pop3Port))
        {
            Assert.AreEqual("-ERR [SYS/TEMP] Too many connections, try again later\r\n", second.ReadToClose());
        }
        using (var third = new LineClient(emulator.Host, emulator.SmtpPort))
        {
            Assert.AreEqual("421 4.3.2 Too many connections, try again later\r\n", third.ReadToClose());
        }
        first.Send("QUIT\r\n");
        Assert.AreEqual("221 2.0.0 Bye\r\n", first.ReadToClose());
        emulator.Stop();
    }

    [TestMethod]
    public void SilentSessionIsClosedAfterTheIdleTimeout()
    {
        using var emulator = EmulatorProcess.Start(null, "--idle-timeout", "1");
        using var smtp = new LineClient(emulator.Host, emulator.SmtpPort);
        Assert.AreEqual("220 mail.com ESMTP MailAppliance\r\n421 4.4.2 mail.com Error: timeout exceeded\r\n", smtp.ReadToClose());
        using var pop3 = new LineClient(emulator.Host, emulator.Pop3Port);
        Assert.AreEqual("+OK mail.com POP3 server ready\r\n-ERR Idle timeout, closing connection\r\n", pop3.ReadToClose());
        emulator.Stop();
    }

    [TestMethod]
    public void DroppedPop3SessionDeletesNothing()
    {
        using var emulator = EmulatorProcess.Start();
        using (var smtp = new LineClient(emulator.Host, emulator.SmtpPort))
        {
            smtp.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nkeep me\r\n.\r\nQUIT\r\n");
            StringAssert.EndsWith(smtp.ReadToClose(), "250 2.0.0 Ok: queued\r\n221 2.0.0 Bye\r\n");
        }
        using (var pop3 = new LineClient(emulator.Host, emulator.Pop3Port))
        {
            pop3.Send("USER client2\r\nPASS admin\r\nDELE 1\r\n");
            StringAssert.EndsWith(pop3.ReadUntil("deleted\r\n"), "+OK Message 1 deleted\r\n");
        }
        emulator.WaitForLine(line => line.Contains("client disconnected; nothing deleted"), "the dropped session");
        using (var pop3 = new LineClient(emulator.Host, emulator.Pop3Port))
        {
            pop3.Send("USER client2\r\nPASS admin\r\nQUIT\r\n");
            StringAssert.Contains(pop3.ReadToClose(), "+OK Logged in, 1 messages");
        }
        Assert.AreEqual(1, Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Length);
        emulator.Stop();
    }

    [TestMethod]
    public void SecondPop3LoginWhileTheFirstHoldsTheMailboxIsInUse()
    {
        using var emulator = EmulatorProcess.Start();
        using var first = new LineClient(emulator.Host, emulator.Pop3Port);
        first.Send("USER client2\r\nPASS admin\r\n");
        first.ReadUntil("octets)\r\n");
        using var second = new LineClient(emulator.Host, emulator.Pop3Port);
        second.Send("USER client2\r\nPASS admin\r\nQUIT\r\n");
        StringAssert.Contains(second.ReadToClose(), "-ERR [IN-USE] Mailbox is locked by another session\r\n");
        first.Send("QUIT\r\n");
        first.ReadToClose();
        emulator.Stop();
    }

    [TestMethod]
    public void TraceShowsTheTransactionWithPasswordsMasked()
    {
        using var emulator = EmulatorProcess.Start();
        using var pop3 = new LineClient(emulator.Host, emulator.Pop3Port);
        pop3.Send("USER client1\r\nPASS admin\r\nQUIT\r\n");
        pop3.ReadToClose();
        emulator.WaitForLine(line => line.EndsWith("S: +OK Bye, 0 messages deleted"), "the POP3 QUIT reply");
        StringAssert.Contains(emulator.Output, "pop3 1 C: USER client1");
        StringAssert.Contains(emulator.Output, "pop3 1 C: PASS (hidden)");
        Assert.IsFalse(emulator.Output.Contains("PASS admin"));
        emulator.Stop();
    }
}
