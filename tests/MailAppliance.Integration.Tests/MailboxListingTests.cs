using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// A POP3 login, STAT, LIST and UIDL read the mailbox from one folder listing: strace attached
/// to the emulator sees no stat of any message file, however many the mailbox holds (the sizes
/// are in the names). On FAT each stat would scan the folder again.
/// </summary>
[TestClass]
public sealed class MailboxListingTests
{
    private const int Messages = 30;

    [TestMethod]
    public void LoginAndListingsStatNoMessageFile()
    {
        using var emulator = EmulatorProcess.Start();
        using (var smtp = new LineClient(emulator.Host, emulator.SmtpPort))
        {
            smtp.ReadUntil("\r\n");
            var batch = new StringBuilder("EHLO pc0\r\n");
            for (int i = 0; i < Messages; i++)
            {
                batch.Append($"MAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nSubject: {i}\r\n\r\nbody {i}\r\n.\r\n");
            }
            smtp.Send(batch.Append("QUIT\r\n").ToString());
            Assert.AreEqual(Messages, smtp.ReadToClose().Split("250 2.0.0 Ok: queued").Length - 1);
        }

        using var pop = new LineClient(emulator.Host, emulator.Pop3Port);
        pop.ReadUntil("\r\n");
        using var trace = SyscallTrace.Attach(emulator, "%stat,%lstat,%statfs,open,openat");
        pop.Send("USER client2\r\n");
        pop.ReadUntil("\r\n");
        pop.Send("PASS admin\r\n");
        pop.ReadUntil("\r\n");
        pop.Send("STAT\r\n");
        string stat = pop.ReadUntil("\r\n");
        pop.Send("LIST\r\n");
        pop.ReadUntil("\r\n.\r\n");
        pop.Send("UIDL\r\n");
        string uidl = pop.ReadUntil("\r\n.\r\n");
        string[] calls = trace.Stop();
        pop.Send("QUIT\r\n");

        StringAssert.StartsWith(stat, $"+OK {Messages} ");
        Assert.AreEqual(Messages + 2, uidl.Split("\r\n").Length - 1, uidl);
        string[] touched = calls.Where(c => c.Contains("/mail/client2/")).ToArray();
        Assert.AreEqual(0, touched.Length, "message files stat'ed or opened:\n" + string.Join("\n", touched));
        Assert.IsTrue(calls.Length > 0, "strace saw nothing at all");
    }
}
