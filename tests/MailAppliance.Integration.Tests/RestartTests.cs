using System.Linq;
using MailKit.Net.Pop3;
using MailKit.Security;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>The SD card outlives the appliance: mail and unique ids survive a restart.</summary>
[TestClass]
public sealed class RestartTests
{
    private static (string[] Uids, string[] Subjects) ReadMailbox(EmulatorProcess emulator)
    {
        using var pop3 = new Pop3Client();
        pop3.Connect(emulator.Host, emulator.Pop3Port, SecureSocketOptions.None);
        pop3.Authenticate("client2", "admin");
        var uids = pop3.GetMessageUids().ToArray();
        var subjects = Enumerable.Range(0, pop3.Count).Select(i => pop3.GetMessage(i).Subject).ToArray();
        pop3.Disconnect(false);
        return (uids, subjects);
    }

    [TestMethod]
    public void RestartKeepsMailAndUidls()
    {
        string data;
        (string[] Uids, string[] Subjects) before;
        using (var emulator = EmulatorProcess.Start())
        {
            data = emulator.DataFolder;
            foreach (string subject in new[] { "first", "second" })
            {
                using var smtp = new LineClient(emulator.Host, emulator.SmtpPort);
                smtp.Send($"HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nSubject: {subject}\r\n\r\nx\r\n.\r\nQUIT\r\n");
                StringAssert.EndsWith(smtp.ReadToClose(), "221 2.0.0 Bye\r\n");
            }
            before = ReadMailbox(emulator);
            emulator.Stop();
        }
        using (var emulator = EmulatorProcess.Start(data))
        {
            var after = ReadMailbox(emulator);
            CollectionAssert.AreEqual(before.Uids, after.Uids);
            CollectionAssert.AreEqual(new[] { "first", "second" }, after.Subjects);
            emulator.Stop();
        }
    }
}
