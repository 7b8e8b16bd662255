using System.IO;
using System.Linq;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// IMAP's INBOX (the mailbox POP3 reads) against the emulator with real clients: MailKit's
/// ImapClient reads and flags a mail sent by SMTP, the flags and UIDs survive a restart, an
/// EXPUNGE is gone for POP3 too; python's imaplib and curl's imap:// read it as well.
/// </summary>
[TestClass]
public sealed class ImapClientTests
{
    private static void Send(EmulatorProcess emulator, string subject)
    {
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.Send($"HELO pc1\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nSubject: {subject}\r\n\r\nhello over IMAP\r\n.\r\nQUIT\r\n");
        StringAssert.Contains(client.ReadToClose(), "250 2.0.0");
    }

    // client2's INBOX, opened read-write by MailKit.
    private static ImapClient OpenInbox(EmulatorProcess emulator)
    {
        var imap = new ImapClient();
        imap.Connect(emulator.Host, emulator.ImapPort, MailKit.Security.SecureSocketOptions.None);
        imap.Authenticate("client2", "admin");
        imap.Inbox.Open(FolderAccess.ReadWrite);
        return imap;
    }

    [TestMethod]
    public void MailKitReadsFlagsAndExpungesAndARestartKeepsUidsAndFlags()
    {
        string data;
        UniqueId firstUid;
        uint validity;
        using (var emulator = EmulatorProcess.Start())
        {
            data = emulator.DataFolder;
            Send(emulator, "first");
            Send(emulator, "second");
            using var imap = OpenInbox(emulator);
            Assert.AreEqual(2, imap.Inbox.Count);
            Assert.AreEqual("first", imap.Inbox.GetMessage(0).Subject);
            Assert.AreEqual("second", imap.Inbox.GetHeaders(1)["Subject"], "BODY.PEEK[HEADER]");
            Assert.AreEqual("hello over IMAP\r\n", new System.IO.StreamReader(imap.Inbox.GetStream(1, "TEXT")).ReadToEnd(), "BODY.PEEK[TEXT]");
            var summaries = imap.Inbox.Fetch(0, -1, MessageSummaryItems.UniqueId | MessageSummaryItems.Flags | MessageSummaryItems.Size | MessageSummaryItems.InternalDate);
            firstUid = summaries[0].UniqueId;
            Assert.IsTrue(System.Math.Abs((System.DateTimeOffset.UtcNow - summaries[0].InternalDate.Value).TotalMinutes) < 5, "INTERNALDATE from the Received: line: " + summaries[0].InternalDate);
            validity = imap.Inbox.UidValidity;
            Assert.IsFalse(summaries[0].Flags.Value.HasFlag(MessageFlags.Seen), "GetMessage reads with BODY.PEEK[], which leaves \\Seen alone");
            imap.Inbox.AddFlags(0, MessageFlags.Seen, true);
            imap.Inbox.AddFlags(1, MessageFlags.Flagged, true);
            imap.Disconnect(true);
            emulator.Stop();
        }
        using (var emulator = EmulatorProcess.Start(data))
        {
            using var imap = OpenInbox(emulator);
            Assert.AreEqual(validity, imap.Inbox.UidValidity, "UIDVALIDITY kept");
            var summaries = imap.Inbox.Fetch(0, -1, MessageSummaryItems.UniqueId | MessageSummaryItems.Flags);
            Assert.AreEqual(firstUid, summaries[0].UniqueId, "the UID kept");
            Assert.IsTrue(summaries[0].Flags.Value.HasFlag(MessageFlags.Seen), "\\Seen kept over the restart");
            Assert.IsTrue(summaries[1].Flags.Value.HasFlag(MessageFlags.Flagged), "\\Flagged kept over the restart");
            imap.Inbox.AddFlags(0, MessageFlags.Deleted, true);
            imap.Inbox.Expunge();
            Assert.AreEqual(1, imap.Inbox.Count);
            imap.Disconnect(true);

            using var pop3 = new LineClient(emulator.Host, emulator.Pop3Port);
            pop3.Send("USER client2\r\nPASS admin\r\nSTAT\r\nQUIT\r\n");
            StringAssert.Contains(pop3.ReadToClose(), "+OK 1 ", "POP3 sees the expunge");
            Assert.AreEqual(1, Directory.GetFiles(Path.Combine(data, "mail", "client2"), "*.eml").Length);
            Assert.IsTrue(Directory.GetFiles(Path.Combine(data, "mail", "client2"), "*.eml").Single().EndsWith(",F=F.eml"), "the flag is in the name");
            emulator.Stop();
        }
    }

    [TestMethod]
    public void ANoopShowsMailDeliveredAndDeletedMeanwhile()
    {
        using var emulator = EmulatorProcess.Start();
        Send(emulator, "one");
        Send(emulator, "two");
        using var imap = OpenInbox(emulator);
        Assert.AreEqual(2, imap.Inbox.Count);
        Send(emulator, "three");
        using (var pop3 = new LineClient(emulator.Host, emulator.Pop3Port))
        {
            pop3.Send("USER client2\r\nPASS admin\r\nDELE 1\r\nQUIT\r\n");
            StringAssert.Contains(pop3.ReadToClose(), "1 messages deleted");
        }
        imap.NoOp();
        Assert.AreEqual(2, imap.Inbox.Count, "one gone (EXPUNGE), one come (EXISTS)");
        CollectionAssert.AreEqual(new[] { "two", "three" }, imap.Inbox.Fetch(0, -1, MessageSummaryItems.UniqueId).Select(m => m.UniqueId.Id).Select(uid => imap.Inbox.GetHeaders(new UniqueId(uid))["Subject"]).ToArray());
        imap.Disconnect(true);
        emulator.Stop();
    }

    [TestMethod]
    public void PythonImaplibReadsTheInbox()
    {
        using var emulator = EmulatorProcess.Start();
        Send(emulator, "for imaplib");
        string script = "import imaplib,sys\n"
            + "m = imaplib.IMAP4(sys.argv[1], int(sys.argv[2]))\n"
            + "print(m.login('client2', 'admin')[0])\n"
            + "print(m.select('INBOX'))\n"
            + "typ, data = m.fetch('1', '(UID RFC822)')\n"
            + "print(typ, b'Subject: for imaplib' in data[0][1])\n"
            + "print(m.logout()[0])\n";
        var (exit, output) = ProgramRunner.Run("python3", "-c", script, emulator.Host, emulator.ImapPort.ToString());
        Assert.AreEqual(0, exit, output);
        CollectionAssert.AreEqual(new[] { "OK", "('OK', [b'1'])", "OK True", "BYE" }, output.Trim().Split('\n').Select(l => l.Trim()).ToArray(), output);
        emulator.Stop();
    }

    [TestMethod]
    public void CurlListsFetchesAndSearchesOverImap()
    {
        using var emulator = EmulatorProcess.Start();
        Send(emulator, "for curl");
        string url = $"imap://{emulator.Host}:{emulator.ImapPort}/";
        var (exit, list) = ProgramRunner.Run("curl", "-sS", "--user", "client2:admin", url);
        Assert.AreEqual(0, exit, list);
        StringAssert.Contains(list, "* LIST (\\HasNoChildren \\Sent) \"/\" Sent", "LIST of the folders");
        (exit, string message) = ProgramRunner.Run("curl", "-sS", "--user", "client2:admin", url + "INBOX;UID=1");
        Assert.AreEqual(0, exit, message);
        StringAssert.Contains(message, "Subject: for curl");
        (exit, string search) = ProgramRunner.Run("curl", "-sS", "--user", "client2:admin", "-X", "SEARCH SUBJECT curl", url + "INBOX");
        Assert.AreEqual(0, exit, search);
        StringAssert.Contains(search, "* SEARCH 1");
        emulator.Stop();
    }
}
