using System;
using System.IO;
using System.Linq;
using System.Threading;
using MailKit;
using MailKit.Net.Imap;
using MimeKit;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// IMAP's folders and live updates against the emulator with MailKit, as Thunderbird uses them:
/// the special-use folders found by RFC 6154, a sent message APPENDed to Sent, a message MOVEd to
/// Trash, flags set by one client seen by another, and a mail sent by SMTP seen in IDLE.
/// </summary>
[TestClass]
public sealed class ImapFolderTests
{
    private static ImapClient Login(EmulatorProcess emulator, string user = "client2")
    {
        var imap = new ImapClient();
        imap.Connect(emulator.Host, emulator.ImapPort, MailKit.Security.SecureSocketOptions.None);
        imap.Authenticate(user, "admin");
        return imap;
    }

    [TestMethod]
    public void SentGetsAnAppendTrashAMoveAndTheCardShowsTheFolders()
    {
        using var emulator = EmulatorProcess.Start();
        ImapMail.Send(emulator, "client2", "to be binned");
        using var imap = Login(emulator);
        IMailFolder sent = imap.GetFolder(SpecialFolder.Sent);
        IMailFolder trash = imap.GetFolder(SpecialFolder.Trash);
        Assert.IsNotNull(sent, "SPECIAL-USE names Sent");
        Assert.IsNotNull(imap.GetFolder(SpecialFolder.Drafts));
        Assert.IsNotNull(imap.GetFolder(SpecialFolder.Junk));

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("client2@mail.com"));
        message.To.Add(MailboxAddress.Parse("client1@mail.com"));
        message.Subject = "a copy of what I sent";
        message.Body = new TextPart("plain") { Text = "sent from the lab" };
        UniqueId? appended = sent.Append(message, MessageFlags.Seen);
        sent.Open(FolderAccess.ReadOnly);
        Assert.AreEqual(1, sent.Count);
        Assert.AreEqual("a copy of what I sent", sent.GetMessage(0).Subject);
        Assert.IsTrue(sent.Fetch(0, -1, MessageSummaryItems.Flags)[0].Flags.Value.HasFlag(MessageFlags.Seen), "APPEND's \\Seen kept");
        Assert.IsNull(appended, "no UIDPLUS announced, so no APPENDUID");

        imap.Inbox.Open(FolderAccess.ReadWrite);
        Assert.AreEqual(1, imap.Inbox.Count);
        imap.Inbox.MoveTo(0, trash);
        Assert.AreEqual(0, imap.Inbox.Count, "MOVE expunged it from INBOX");
        trash.Open(FolderAccess.ReadOnly);
        Assert.AreEqual("to be binned", trash.GetMessage(0).Subject);

        IMailFolder projects = imap.GetFolder(imap.PersonalNamespaces[0]).Create("Projects", true);
        projects.Rename(projects.ParentFolder, "Archive");
        imap.Disconnect(true);

        string mailbox = Path.Combine(emulator.DataFolder, "mail", "client2");
        CollectionAssert.AreEquivalent(new[] { "Archive", "Drafts", "Junk", "Sent", "Trash" }, Directory.GetDirectories(mailbox).Select(Path.GetFileName).ToArray());
        Assert.AreEqual(1, Directory.GetFiles(Path.Combine(mailbox, "Sent"), "*,F=S.eml").Length, "the sent copy, \\Seen in its name");
        Assert.AreEqual(0, Directory.GetFiles(mailbox, "*.eml").Length, "INBOX empty on the card too");
        emulator.Stop();
    }

    [TestMethod]
    public void FlagsSetByOneClientReachAnotherAndIdleSeesMailSentBySmtp()
    {
        using var emulator = EmulatorProcess.Start();
        ImapMail.Send(emulator, "client2", "first");
        using var watcher = Login(emulator);
        using var other = Login(emulator);
        watcher.Inbox.Open(FolderAccess.ReadWrite);
        other.Inbox.Open(FolderAccess.ReadWrite);

        var flagged = new ManualResetEventSlim();
        var arrived = new ManualResetEventSlim();
        watcher.Inbox.MessageFlagsChanged += (_, e) => { if (e.Flags.HasFlag(MessageFlags.Flagged)) flagged.Set(); };
        watcher.Inbox.CountChanged += (_, _) => { if (watcher.Inbox.Count == 2) arrived.Set(); };

        other.Inbox.AddFlags(0, MessageFlags.Flagged, true);
        using (var done = new CancellationTokenSource())
        {
            var idle = System.Threading.Tasks.Task.Run(() => watcher.Idle(done.Token));
            Assert.IsTrue(flagged.Wait(TimeSpan.FromSeconds(30)), "the other client's \\Flagged, told during IDLE");
            ImapMail.Send(emulator, "client2", "second");
            Assert.IsTrue(arrived.Wait(TimeSpan.FromSeconds(30)), "the SMTP delivery, told during IDLE (EXISTS)");
            done.Cancel();
            idle.Wait(TimeSpan.FromSeconds(30));
        }
        Assert.AreEqual("second", watcher.Inbox.GetMessage(1).Subject);
        watcher.Disconnect(true);
        other.Disconnect(true);
        emulator.Stop();
    }

    [TestMethod]
    public void MailKitReadsTheEnvelopeAndStructureAndFetchesOnePart()
    {
        using var emulator = EmulatorProcess.Start();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ann Smith", "client1@mail.com"));
        message.To.Add(MailboxAddress.Parse("client2@mail.com"));
        message.Subject = "report with a chart";
        var builder = new BodyBuilder { TextBody = "see the chart", HtmlBody = "<p>see the chart</p>" };
        builder.Attachments.Add("chart.png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3 });
        message.Body = builder.ToMessageBody();
        using (var smtp = new MailKit.Net.Smtp.SmtpClient())
        {
            smtp.Connect(emulator.Host, emulator.SmtpPort, MailKit.Security.SecureSocketOptions.None);
            smtp.Send(message);
            smtp.Disconnect(true);
        }
        using var imap = Login(emulator);
        imap.Inbox.Open(FolderAccess.ReadOnly);
        IMessageSummary summary = imap.Inbox.Fetch(0, 0, MessageSummaryItems.Envelope | MessageSummaryItems.BodyStructure | MessageSummaryItems.UniqueId)[0];
        Assert.AreEqual("report with a chart", summary.Envelope.Subject);
        Assert.AreEqual("Ann Smith", summary.Envelope.From.Mailboxes.Single().Name);
        Assert.AreEqual("see the chart", ((TextPart)imap.Inbox.GetBodyPart(summary.UniqueId, summary.TextBody)).Text.Trim(), "BODY[n] of the plain text, found through BODYSTRUCTURE");
        BodyPartBasic attachment = summary.Attachments.Single();
        Assert.AreEqual("chart.png", attachment.FileName, "the disposition's filename");
        var part = (MimePart)imap.Inbox.GetBodyPart(summary.UniqueId, attachment);
        using var content = new MemoryStream();
        part.Content.DecodeTo(content);
        CollectionAssert.AreEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3 }, content.ToArray());
        imap.Disconnect(true);
        emulator.Stop();
    }

    [TestMethod]
    public void AKeywordSurvivesARestartInTheNameAndTheFoldersKeywordFile()
    {
        string data;
        using (var emulator = EmulatorProcess.Start())
        {
            data = emulator.DataFolder;
            ImapMail.Send(emulator, "client2", "forward me");
            using var imap = Login(emulator);
            imap.Inbox.Open(FolderAccess.ReadWrite);
            Assert.IsTrue(imap.Inbox.PermanentFlags.HasFlag(MessageFlags.UserDefined), "PERMANENTFLAGS offers \\*");
            imap.Inbox.Store(0, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Keywords = { "$Forwarded" }, Silent = true });
            imap.Disconnect(true);
            emulator.Stop();
        }
        string inbox = Path.Combine(data, "mail", "client2");
        StringAssert.EndsWith(Directory.GetFiles(inbox, "*.eml").Single(), ",F=Sa.eml", "S for \\Seen, a for the folder's first keyword");
        Assert.AreEqual("$Forwarded\n", File.ReadAllText(Path.Combine(inbox, "imap.keywords")));
        using (var emulator = EmulatorProcess.Start(data))
        {
            using var imap = Login(emulator);
            imap.Inbox.Open(FolderAccess.ReadOnly);
            IMessageSummary summary = imap.Inbox.Fetch(0, 0, MessageSummaryItems.Flags)[0];
            CollectionAssert.AreEqual(new[] { "$Forwarded" }, summary.Keywords.ToArray());
            imap.Disconnect(true);
            emulator.Stop();
        }
    }
}
