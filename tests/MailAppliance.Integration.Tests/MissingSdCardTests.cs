using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// The appliance with no usable SD card, as the board boots without one: DNS answers from the
/// configuration on internal flash, mail is refused for now (452 / -ERR) and nothing is lost,
/// the console says so, and a card that turns up later is used without a restart.
/// </summary>
[TestClass]
public sealed class MissingSdCardTests
{
    [TestMethod]
    public void WithoutACardMailWaitsDnsAnswersAndALaterCardIsMounted()
    {
        string scratch = Directory.CreateTempSubdirectory("no-card-").FullName;
        string card = Path.Combine(scratch, "card");
        string flash = Path.Combine(scratch, "flash");
        Directory.CreateDirectory(flash);
        // A plain file where the card's folder should be: nothing can be stored under it.
        File.WriteAllText(card, "no card in the slot");
        try
        {
            using var emulator = EmulatorProcess.Start(card, "--flash", flash, "--address", "192.168.1.2");
            emulator.WaitForLine(l => l.StartsWith("SD card missing or unreadable (" + card + "): DNS and DHCP run, mail answers 452 / -ERR"), "the missing card");

            using (var smtp = new LineClient(emulator.Host, emulator.SmtpPort))
            {
                smtp.ReadUntil("\r\n");
                smtp.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\n");
                Assert.AreEqual("250 mail.com\r\n250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n452 4.3.1 Insufficient system storage\r\n",
                    smtp.ReadUntil("452 4.3.1 Insufficient system storage\r\n"));
            }
            using (var pop3 = new LineClient(emulator.Host, emulator.Pop3Port))
            {
                pop3.ReadUntil("\r\n");
                pop3.Send("USER client2\r\nPASS admin\r\n");
                Assert.AreEqual("+OK Send your password\r\n-ERR [SYS/TEMP] Mailbox unavailable, try again later\r\n",
                    pop3.ReadUntil("later\r\n"));
            }
            var (exit, answer) = ProgramRunner.Run("dig", "@" + emulator.Host, "-p", emulator.DnsPort.ToString(), "+time=5", "+tries=1", "mail.com", "A", "+short");
            Assert.AreEqual(0, exit, answer);
            Assert.AreEqual("192.168.1.2\n", answer);
            emulator.TypeOnConsole("show version");
            emulator.WaitForLine(l => l.EndsWith($"SD card: folder {card} missing or unreadable (mail answers 452 / -ERR until it can be used)"), "show version naming the missing card");

            File.Delete(card);
            emulator.WaitForLine(l => l.EndsWith("SD card mounted: mail is served again"), "the card being mounted");
            using (var smtp = new LineClient(emulator.Host, emulator.SmtpPort))
            {
                smtp.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nSubject: after\r\n\r\nx\r\n.\r\nQUIT\r\n");
                StringAssert.Contains(smtp.ReadToClose(), "250 2.0.0 Ok: queued");
            }
            Assert.AreEqual(1, Directory.GetFiles(Path.Combine(card, "mail", "client2")).Length);
            emulator.TypeOnConsole("show version");
            emulator.WaitForLine(l => l.Contains($"SD card: folder {card}, ") && l.EndsWith(" MB free"), "show version with the card in");
            emulator.Stop();
        }
        finally
        {
            Directory.Delete(scratch, true);
        }
    }

    [TestMethod]
    public void AWriteProtectedCardIsNamedAtStartUp()
    {
        // A card with its folders, then write-protected (the SD card's lock switch): it lists and
        // reads, so only a write shows the problem. A read-only tmpfs stands for it (needs root,
        // as the DHCP tests do); it is unmounted at the end.
        string card = Directory.CreateTempSubdirectory("locked-card-").FullName;
        Mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", card);
        try
        {
            Directory.CreateDirectory(Path.Combine(card, "mail", "client2"));
            Directory.CreateDirectory(Path.Combine(card, "tmp"));
            Mount("-o", "remount,ro", card);
            using var emulator = EmulatorProcess.Start(card);
            emulator.WaitForLine(l => l.StartsWith("SD card read-only (" + card + "): DNS and DHCP run, mail answers 452 / -ERR"), "the read-only card at start-up");
            emulator.TypeOnConsole("show version");
            emulator.WaitForLine(l => l.EndsWith($"SD card: folder {card} read-only (mail answers 452 / -ERR until it can be used)"), "show version naming it");
            emulator.Stop();
        }
        finally
        {
            ProgramRunner.Run("umount", card);
            Directory.Delete(card, true);
        }
    }

    private static void Mount(params string[] args)
    {
        var (exit, output) = ProgramRunner.Run("mount", args);
        Assert.AreEqual(0, exit, "mount " + string.Join(" ", args) + ": " + output);
    }
}
