using System.IO;
using System.Linq;
using MailAppliance.Core.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// A 250 after DATA means the message is on stable storage: strace, attached to the emulator,
/// shows the session's own system calls in order — the message file synced, renamed into the
/// mailbox, the mailbox folder synced, and only then the 250; and the UID counter the same way
/// before the 354.
/// </summary>
[TestClass]
public sealed class StableDeliveryTests
{
    [TestMethod]
    public void QueuedIsSentOnlyAfterTheMessageAndItsFolderAreSynced()
    {
        using var emulator = EmulatorProcess.Start();
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.ReadUntil("\r\n");
        client.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\n");
        client.ReadUntil("250 2.1.5 Ok\r\n");

        using var trace = SyscallTrace.Attach(emulator, "fsync,fdatasync,rename,renameat,renameat2,sendto,sendmsg");
        client.Send("DATA\r\n");
        client.ReadUntil("<CR><LF>\r\n");
        client.Send("Subject: kept\r\n\r\nbody\r\n.\r\n");
        Assert.AreEqual("250 2.0.0 Ok: queued\r\n", client.ReadUntil("\r\n"));
        string[] calls = trace.Stop();

        string data = emulator.DataFolder;
        string name = Path.GetFileName(Directory.GetFiles(Path.Combine(data, "mail", "client2")).Single());
        string uid = MessageFileName.UidOf(name);
        int[] order =
        {
            SyscallTrace.Find(calls, $"fsync(", $"<{data}/uid.nxt.new>"),
            SyscallTrace.Find(calls, $"rename", $"\"{data}/uid.nxt.new\", \"{data}/uid.nxt\""),
            SyscallTrace.Find(calls, $"fsync(", $"<{data}>"),
            SyscallTrace.Find(calls, "sendto(", "\"354 End data"),
            SyscallTrace.Find(calls, $"fsync(", $"<{data}/tmp/{uid}.tmp>"),
            SyscallTrace.Find(calls, $"rename", $"\"{data}/tmp/{uid}.tmp\", \"{data}/mail/client2/{uid}.tmp\""),
            SyscallTrace.Find(calls, $"rename", $"\"{data}/mail/client2/{uid}.tmp\", \"{data}/mail/client2/{name}\""),
            SyscallTrace.Find(calls, $"fsync(", $"<{data}/mail/client2>"),
            SyscallTrace.Find(calls, "sendto(", "\"250 2.0.0 Ok: queued"),
        };
        for (int i = 1; i < order.Length; i++)
        {
            Assert.IsTrue(order[i - 1] < order[i], $"step {i} of the delivery out of order:\n{string.Join("\n", calls)}");
        }
        client.Send("QUIT\r\n");
        emulator.Stop();
    }

    [TestMethod]
    public void AnImapFlagChangeIsSyncedBeforeItsOk()
    {
        using var emulator = EmulatorProcess.Start();
        ImapMail.Send(emulator, "client2", "to be flagged");
        using var client = new LineClient(emulator.Host, emulator.ImapPort);
        client.ReadUntil("\r\n");
        client.Send("a LOGIN client2 admin\r\nb SELECT INBOX\r\n");
        client.ReadUntil("SELECT completed\r\n");

        using var trace = SyscallTrace.Attach(emulator, "fsync,fdatasync,rename,renameat,renameat2,sendto,sendmsg");
        client.Send("c STORE 1 +FLAGS (\\Flagged)\r\n");
        client.ReadUntil("c OK STORE completed\r\n");
        string[] calls = trace.Stop();

        string inbox = Path.Combine(emulator.DataFolder, "mail", "client2");
        string name = Path.GetFileName(Directory.GetFiles(inbox, "*.eml").Single());
        StringAssert.EndsWith(name, ",F=F.eml");
        int[] order =
        {
            SyscallTrace.Find(calls, "rename", $"\"{inbox}/{name}\""),
            SyscallTrace.Find(calls, "fsync(", $"<{inbox}>"),
            SyscallTrace.Find(calls, "sendto(", "\"* 1 FETCH (FLAGS (\\\\Flagged))"),
        };
        for (int i = 1; i < order.Length; i++)
        {
            Assert.IsTrue(order[i - 1] < order[i], $"step {i} of the flag change out of order:\n{string.Join("\n", calls)}");
        }
        client.Send("d LOGOUT\r\n");
        emulator.Stop();
    }
}
