using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>What the emulator writes (password hashes, mail, leases) no other account can read.</summary>
[TestClass]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateFilesTests
{
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [TestMethod]
    public void StartupConfigAndMailAreOwnerOnly()
    {
        string flash = Directory.CreateTempSubdirectory("appliance-flash-").FullName;
        using var emulator = EmulatorProcess.Start(null, "--flash", flash);
        emulator.TypeOnConsole("write memory");
        emulator.WaitForLine(line => line.EndsWith("[OK]"), "write memory's [OK]");
        using (var smtp = new LineClient(emulator.Host, emulator.SmtpPort))
        {
            smtp.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nSubject: private\r\n\r\nx\r\n.\r\nQUIT\r\n");
            StringAssert.EndsWith(smtp.ReadToClose(), "221 2.0.0 Bye\r\n");
        }
        string config = Path.Combine(flash, "startup-config");
        string mailbox = Path.Combine(emulator.DataFolder, "mail", "client2");
        string message = Directory.GetFiles(mailbox).Single();
        foreach (string path in new[] { config, message })
        {
            Assert.AreEqual((UnixFileMode)0, File.GetUnixFileMode(path) & GroupOrOthers, path + " is " + File.GetUnixFileMode(path));
        }
        Assert.AreEqual((UnixFileMode)0, File.GetUnixFileMode(mailbox) & GroupOrOthers, "the mailbox folder");
        emulator.Stop();
    }
}
