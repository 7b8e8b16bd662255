using System.IO;
using System.Linq;
using System.Text;
using MailKit;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>The lab's scenario and friends with MailKit, the library behind many real clients.</summary>
[TestClass]
public sealed class MailKitLabTests
{
    private static MimeMessage LabMessage(params string[] to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("client1@mail.com"));
        foreach (string address in to)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }
        message.Subject = "Lab 06";
        message.MessageId = "lab06@pc0.mail.com";
        message.Body = new TextPart("plain") { Text = "Hello from PC0.\r\n.A line starting with a dot.\r\n" };
        return message;
    }

    private static byte[] Serialized(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(new FormatOptions { NewLineFormat = NewLineFormat.Dos }, stream);
        return stream.ToArray();
    }

    private static void Send(EmulatorProcess emulator, MimeMessage message, string user = null, string password = null)
    {
        using var smtp = new SmtpClient();
        smtp.Connect(emulator.Host, emulator.SmtpPort, SecureSocketOptions.None);
        if (user != null)
        {
            smtp.Authenticate(user, password);
        }
        smtp.Send(message);
        smtp.Disconnect(true);
    }

    [TestMethod]
    public void Client1SendsClient2ReceivesByteExactAndDeletes()
    {
        using var emulator = EmulatorProcess.Start();
        var message = LabMessage("client2@mail.com");
        Send(emulator, message);

        using (var pop3 = new Pop3Client())
        {
            pop3.Connect(emulator.Host, emulator.Pop3Port, SecureSocketOptions.None);
            pop3.Authenticate("client2", "admin");
            Assert.AreEqual(1, pop3.Count);
            using var raw = new MemoryStream();
            pop3.GetStream(0).CopyTo(raw);
            string received = Encoding.Latin1.GetString(raw.ToArray());
            StringAssert.StartsWith(received, "Return-Path: <client1@mail.com>\r\nReceived: from ");
            StringAssert.EndsWith(received, Encoding.Latin1.GetString(Serialized(message)));
            Assert.AreEqual(raw.Length, pop3.GetMessageSize(0), "LIST size equals the bytes RETR sent");
            pop3.DeleteMessage(0);
            pop3.Disconnect(true);
        }

        using (var pop3 = new Pop3Client())
        {
            pop3.Connect(emulator.Host, emulator.Pop3Port, SecureSocketOptions.None);
            pop3.Authenticate("client2", "admin");
            Assert.AreEqual(0, pop3.Count);
            pop3.Disconnect(true);
        }
        Assert.AreEqual(0, Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Length);
        emulator.Stop();
    }

    [TestMethod]
    public void StoredFileOpensAsAnOrdinaryMessage()
    {
        using var emulator = EmulatorProcess.Start();
        Send(emulator, LabMessage("client2@mail.com"));
        string file = Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Single();
        StringAssert.EndsWith(file, ".eml");
        var stored = MimeMessage.Load(file);
        Assert.AreEqual("Lab 06", stored.Subject);
        Assert.AreEqual("client1@mail.com", stored.From.Mailboxes.Single().Address);
        Assert.AreEqual("Hello from PC0.\n.A line starting with a dot.\n", stored.TextBody.Replace("\r\n", "\n"));
        byte[] bytes = File.ReadAllBytes(file);
        Assert.IsFalse(Encoding.Latin1.GetString(bytes).Replace("\r\n", "").Contains('\n'), "only CRLF line endings");
        emulator.Stop();
    }

    [TestMethod]
    public void SeveralRecipientsEachGetTheMessage()
    {
        using var emulator = EmulatorProcess.Start(null, "--domain", "mt.com");
        var message = LabMessage("client2@mail.com", "client1@mt.com");
        message.Cc.Add(MailboxAddress.Parse("postmaster@mt.com"));
        Send(emulator, message);
        foreach (string user in new[] { "client1", "client2" })
        {
            using var pop3 = new Pop3Client();
            pop3.Connect(emulator.Host, emulator.Pop3Port, SecureSocketOptions.None);
            pop3.Authenticate(user, "admin");
            // client1 is also the lab's postmaster: one mailbox, one copy.
            Assert.AreEqual(1, pop3.Count, user);
            Assert.AreEqual("Lab 06", pop3.GetMessage(0).Subject);
            pop3.Disconnect(true);
        }
        emulator.Stop();
    }

    [TestMethod]
    public void PostmasterMailGoesToTheConfiguredUser()
    {
        using var emulator = EmulatorProcess.Start(null, "--postmaster", "client2");
        Send(emulator, LabMessage("postmaster@mail.com"));
        Assert.AreEqual(1, Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Length);
        Assert.IsFalse(Directory.Exists(Path.Combine(emulator.DataFolder, "mail", "client1")));
        emulator.Stop();
    }

    [TestMethod]
    public void RelayToAnotherDomainIsRefused()
    {
        using var emulator = EmulatorProcess.Start();
        var error = Assert.ThrowsExactly<SmtpCommandException>(() => Send(emulator, LabMessage("someone@example.org")));
        Assert.AreEqual(SmtpStatusCode.TransactionFailed, error.StatusCode);
        StringAssert.Contains(error.Message, "Relay access denied");
        Assert.IsFalse(Directory.Exists(Path.Combine(emulator.DataFolder, "mail", "someone")));
        emulator.Stop();
    }

    [TestMethod]
    public void AuthWithTheRightPasswordSends()
    {
        using var emulator = EmulatorProcess.Start(null, "--require-auth");
        Send(emulator, LabMessage("client2@mail.com"), "client1", "admin");
        Assert.AreEqual(1, Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Length);
        emulator.Stop();
    }

    [TestMethod]
    public void AuthWithAWrongPasswordIsRefused()
    {
        using var emulator = EmulatorProcess.Start(null, "--require-auth");
        var error = Assert.ThrowsExactly<AuthenticationException>(() => Send(emulator, LabMessage("client2@mail.com"), "client1", "wrong"));
        StringAssert.Contains(error.Message, "5.7.8");
        var unauthenticated = Assert.ThrowsExactly<ServiceNotAuthenticatedException>(() => Send(emulator, LabMessage("client2@mail.com")));
        StringAssert.Contains(unauthenticated.Message, "Authentication required");

        using var pop3 = new Pop3Client();
        pop3.Connect(emulator.Host, emulator.Pop3Port, SecureSocketOptions.None);
        var popError = Assert.ThrowsExactly<AuthenticationException>(() => pop3.Authenticate("client2", "wrong"));
        StringAssert.Contains(emulator.Output, "S: -ERR [AUTH] Invalid user name or password");
        Assert.IsFalse(emulator.Output.Contains("wrong"), "the trace shows no password");
        emulator.Stop();
    }
}
