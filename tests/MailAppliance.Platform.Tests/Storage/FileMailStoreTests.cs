using System;
using System.IO;
using System.Linq;
using System.Text;
using MailAppliance.Core.Storage;
using MailAppliance.Platform.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Platform.Tests.Storage;

/// <summary>The mail store on a real folder standing for the SD card.</summary>
[TestClass]
public sealed class FileMailStoreTests
{
    private string _root;

    [TestInitialize]
    public void CreateCard() => _root = Directory.CreateTempSubdirectory("mailstore-").FullName;

    [TestCleanup]
    public void RemoveCard() => Directory.Delete(_root, true);

    private static StoreResult Deliver(FileMailStore store, string text, params string[] mailboxes)
    {
        Assert.AreEqual(StoreResult.Accepted, store.BeginMessage(out var writer));
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        Assert.AreEqual(StoreResult.Accepted, writer.Append(bytes, 0, bytes.Length));
        return writer.Commit(mailboxes, mailboxes.Length);
    }

    private string[] Files(string folder) =>
        Directory.Exists(Path.Combine(_root, folder)) ? Directory.GetFiles(Path.Combine(_root, folder)).Select(Path.GetFileName).OrderBy(n => n).ToArray() : Array.Empty<string>();

    [TestMethod]
    public void APop3SnapshotFollowsAFlagChangeMadeByImap()
    {
        var store = new FileMailStore(_root);
        Assert.AreEqual(StoreResult.Accepted, Deliver(store, "Subject: x\r\n\r\nbody\r\n", "client2"));
        Assert.AreEqual(StoreResult.Accepted, Deliver(store, "Subject: y\r\n\r\nbody\r\n", "client2"));
        Assert.AreEqual(StoreResult.Accepted, store.OpenMailbox("client2", out var pop3));
        Assert.AreEqual(StoreResult.Accepted, store.OpenFolder("client2", "INBOX", out var imap));
        Assert.AreEqual(StoreResult.Accepted, imap.SetFlags(0, MessageFlags.Seen));
        Assert.AreEqual(StoreResult.Accepted, imap.SetFlags(1, MessageFlags.Flagged));
        imap.Release();
        CollectionAssert.AreEqual(new[] { "00000001,S=20,F=S.eml", "00000002,S=20,F=F.eml", "imap.uidvalidity" }, Files("mail/client2"));
        var buffer = new byte[64];
        Assert.AreEqual(20, pop3.Read(0, 0, buffer, 0, buffer.Length), "RETR finds the renamed file");
        Assert.AreEqual("Subject: x", Encoding.ASCII.GetString(buffer, 0, 10));
        Assert.AreEqual(StoreResult.Accepted, pop3.Delete(new[] { false, true }));
        CollectionAssert.AreEqual(new[] { "00000001,S=20,F=S.eml", "imap.highestuid", "imap.uidvalidity" }, Files("mail/client2"), "DELE removed the renamed file, the newest, whose UID is kept");
    }

    [TestMethod]
    public void AMessageImapExpungedIsGoneForAPop3SnapshotThatListedIt()
    {
        var store = new FileMailStore(_root);
        Deliver(store, "Subject: x\r\n\r\nbody\r\n", "client2");
        Deliver(store, "Subject: y\r\n\r\nbody\r\n", "client2");
        Assert.AreEqual(StoreResult.Accepted, store.OpenMailbox("client2", out var pop3));
        Assert.AreEqual(StoreResult.Accepted, store.OpenFolder("client2", "INBOX", out var imap));
        Assert.AreEqual(StoreResult.Accepted, imap.Expunge(0));
        var buffer = new byte[64];
        Assert.AreEqual(-1, pop3.Read(0, 0, buffer, 0, buffer.Length), "RETR of it fails (POP3 says -ERR [SYS/TEMP])");
        Assert.AreEqual(20, pop3.Read(1, 0, buffer, 0, buffer.Length), "the other is still read");
        Assert.AreEqual(StoreResult.Accepted, pop3.Delete(new[] { true, false }), "DELE of it at QUIT changes nothing and fails nothing");
        CollectionAssert.AreEqual(new[] { "00000002,S=20.eml", "imap.uidvalidity" }, Files("mail/client2"));
    }

    [TestMethod]
    public void UidNextChangesWhenThisFolderGetsMailAndOnlyThen()
    {
        var store = new FileMailStore(_root);
        Deliver(store, "a\r\n", "client2");
        Deliver(store, "b\r\n", "client2");
        long UidNext()
        {
            Assert.AreEqual(StoreResult.Accepted, store.OpenFolder("client2", "INBOX", out var folder));
            folder.Release();
            return folder.UidNext;
        }
        Assert.AreEqual(3, UidNext());
        Deliver(store, "for someone else\r\n", "client1");
        Assert.AreEqual(3, UidNext(), "mail to another mailbox does not move it (RFC 3501 section 2.3.1.1)");
        Assert.AreEqual(StoreResult.Accepted, store.OpenFolder("client2", "INBOX", out var imap));
        imap.SetFlags(1, MessageFlags.Deleted);
        Assert.AreEqual(StoreResult.Accepted, imap.Expunge(1));
        Assert.AreEqual(3, imap.UidNext, "the newest expunged: it does not go back");
        Assert.AreEqual(3, UidNext(), "nor when the folder is opened again");
        Assert.AreEqual(StoreResult.Accepted, store.OpenMailbox("client2", out var pop3));
        Assert.AreEqual(StoreResult.Accepted, pop3.Delete(new[] { true }));
        Assert.AreEqual(3, UidNext(), "nor when POP3 deletes the rest");
        Deliver(store, "c\r\n", "client2");
        Assert.AreEqual(5, UidNext(), "a message came: one past its UID (4; 3 went to client1)");
    }

    [TestMethod]
    public void OneMessageLandsInEveryMailboxAsAnEmlFileNamedWithItsSize()
    {
        var store = new FileMailStore(_root);
        Assert.AreEqual(StoreResult.Accepted, Deliver(store, "Subject: x\r\n\r\nbody\r\n", "client1", "client2"));
        CollectionAssert.AreEqual(new[] { "00000001,S=20.eml" }, Files("mail/client1"));
        CollectionAssert.AreEqual(new[] { "00000001,S=20.eml" }, Files("mail/client2"));
        Assert.AreEqual("Subject: x\r\n\r\nbody\r\n", File.ReadAllText(Path.Combine(_root, "mail/client2/00000001,S=20.eml")));
        Assert.AreEqual(0, Files("tmp").Length);
    }

    [TestMethod]
    public void UidsSurviveRestartsAndAreNeverReused()
    {
        var store = new FileMailStore(_root);
        Deliver(store, "a\r\n", "client2");
        Deliver(store, "b\r\n", "client2");
        File.Delete(Path.Combine(_root, "mail/client2/00000002,S=3.eml"));
        var restarted = new FileMailStore(_root);
        Assert.AreEqual(StoreResult.Accepted, restarted.OpenMailbox("client2", out var mailbox));
        Assert.AreEqual("00000001", mailbox.UidOf(0));
        Deliver(restarted, "c\r\n", "client2");
        string[] names = Files("mail/client2");
        Assert.AreEqual(2, names.Length);
        Assert.IsTrue(string.CompareOrdinal(names[1], "00000002.eml") > 0, names[1]);
    }

    [TestMethod]
    public void UidsContinueWhenTheCounterFileIsLost()
    {
        var store = new FileMailStore(_root);
        Deliver(store, "a\r\n", "client2");
        File.Delete(Path.Combine(_root, "uid.nxt"));
        Deliver(new FileMailStore(_root), "b\r\n", "client2");
        CollectionAssert.AreEqual(new[] { "00000001,S=3.eml", "00000002,S=3.eml" }, Files("mail/client2"));
    }

    [TestMethod]
    public void StartUpRemovesStaleTemporaryFiles()
    {
        new FileMailStore(_root);
        File.WriteAllText(Path.Combine(_root, "tmp/00000009.tmp"), "half");
        Directory.CreateDirectory(Path.Combine(_root, "mail/client1"));
        File.WriteAllText(Path.Combine(_root, "mail/client1/00000009.tmp"), "half");
        File.WriteAllText(Path.Combine(_root, "mail/client1/00000008.eml"), "whole\r\n");
        new FileMailStore(_root);
        Assert.AreEqual(0, Files("tmp").Length);
        CollectionAssert.AreEqual(new[] { "00000008.eml" }, Files("mail/client1"));
    }

    [TestMethod]
    public void UnwritableCardRefusesToStartAMessage()
    {
        var store = new FileMailStore(_root);
        Directory.Delete(Path.Combine(_root, "tmp"));
        File.WriteAllText(Path.Combine(_root, "tmp"), "not a folder");
        Assert.AreEqual(StoreResult.TryLater, store.BeginMessage(out var writer));
        Assert.IsNull(writer);
    }

    [TestMethod]
    public void FailedDeliveryLeavesNoMailboxWithTheMessage()
    {
        var store = new FileMailStore(_root);
        Directory.CreateDirectory(Path.Combine(_root, "mail"));
        File.WriteAllText(Path.Combine(_root, "mail/client2"), "a file where the mailbox folder should be");
        Assert.AreEqual(StoreResult.TryLater, Deliver(store, "x\r\n", "client1", "client2", "postmaster"));
        Assert.AreEqual(0, Files("mail/client1").Length);
        Assert.AreEqual(0, Files("mail/postmaster").Length);
        Assert.AreEqual(0, Files("tmp").Length);
    }

    [TestMethod]
    public void AbortedMessageLeavesNothing()
    {
        var store = new FileMailStore(_root);
        Assert.AreEqual(StoreResult.Accepted, store.BeginMessage(out var writer));
        writer.Append(new byte[] { 65, 13, 10 }, 0, 3);
        writer.Abort();
        Assert.AreEqual(0, Files("tmp").Length);
        Assert.AreEqual(0, Files("mail/client1").Length);
    }

    [TestMethod]
    public void MailboxReadsInChunksAndDeletesMarkedMessages()
    {
        var store = new FileMailStore(_root);
        string big = string.Concat(Enumerable.Range(0, 500).Select(i => $"line {i}\r\n"));
        Deliver(store, big, "client2");
        Deliver(store, "small\r\n", "client2");
        Assert.AreEqual(StoreResult.Accepted, store.OpenMailbox("client2", out var mailbox));
        Assert.AreEqual(2, mailbox.Count);
        Assert.AreEqual(big.Length, mailbox.SizeOf(0));
        var read = new MemoryStream();
        var buffer = new byte[512];
        int n;
        while ((n = mailbox.Read(0, read.Length, buffer, 0, buffer.Length)) > 0)
        {
            read.Write(buffer, 0, n);
        }
        Assert.AreEqual(big, Encoding.ASCII.GetString(read.ToArray()));
        Assert.AreEqual(StoreResult.Accepted, mailbox.Delete(new[] { true, false }));
        mailbox.Release();
        CollectionAssert.AreEqual(new[] { "00000002,S=7.eml" }, Files("mail/client2"));
    }

    [TestMethod]
    public void MessageCopiedInByHandWithoutASizeInItsNameIsServedWithItsLength()
    {
        var store = new FileMailStore(_root);
        Deliver(store, "x\r\n", "client2");
        File.WriteAllText(Path.Combine(_root, "mail/client2/00000007.eml"), "Subject: by hand\r\n\r\n");
        Assert.AreEqual(StoreResult.Accepted, store.OpenMailbox("client2", out var mailbox));
        Assert.AreEqual(2, mailbox.Count);
        Assert.AreEqual("00000007", mailbox.UidOf(1));
        Assert.AreEqual(20, mailbox.SizeOf(1));
        Assert.AreEqual(StoreResult.Accepted, store.MailboxUsage("client2", out int count, out long bytes));
        Assert.AreEqual((2, 23L), (count, bytes));
        File.Delete(Path.Combine(_root, "uid.nxt"));
        Deliver(new FileMailStore(_root), "y\r\n", "client2");
        Assert.AreEqual("00000008,S=3.eml", Files("mail/client2")[2], "without its counter file, a restart counts the hand-copied uid as used");
    }

    [TestMethod]
    public void MailboxOfAUserWithoutMailIsEmpty()
    {
        var store = new FileMailStore(_root);
        Assert.AreEqual(StoreResult.Accepted, store.OpenMailbox("client1", out var mailbox));
        Assert.AreEqual(0, mailbox.Count);
    }

    [TestMethod]
    public void MessageGoneFromTheCardReadsAsFailure()
    {
        var store = new FileMailStore(_root);
        Deliver(store, "x\r\n", "client2");
        store.OpenMailbox("client2", out var mailbox);
        File.Delete(Path.Combine(_root, "mail/client2/00000001,S=3.eml"));
        Assert.AreEqual(-1, mailbox.Read(0, 0, new byte[16], 0, 16));
    }
}
