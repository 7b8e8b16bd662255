using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>The teacher's tool against the emulator over a serial line: rosters with more columns, the enable secret, the clock, the mailbox backup.</summary>
[TestClass]
public sealed class TeacherToolTests
{
    private static (int Exit, string Output) Teacher(PtyPair pty, params string[] args) =>
        ProgramRunner.Run("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "MailAppliance.Teacher.dll"), "--port", pty.Terminal }.Concat(args).ToArray());

    [TestMethod]
    public void ARegistrarsExportIsReadByNamedColumnsOnly()
    {
        using var pty = new PtyPair();
        using var emulator = EmulatorProcess.Start(null, "--serial", pty.Appliance);
        string folder = Directory.CreateTempSubdirectory("roster-").FullName;
        string roster = Path.Combine(folder, "export.csv");
        File.WriteAllLines(roster, new[] { "Roll No,Name,Email", "101,\"Rao, Asha\",asha.rao@school.example", "102,Ben Li,ben.li@school.example" });

        var (refused, refusal) = Teacher(pty, "import", roster);
        Assert.AreEqual(2, refused, refusal);
        StringAssert.Contains(refusal, "the roster has the columns Roll No, Name, Email: say which holds the user name with --user-column NAME");

        string sheet = Path.Combine(folder, "sheet.csv");
        var (exit, output) = Teacher(pty, "import", roster, "--user-column", "Email", "--out", sheet);
        Assert.AreEqual(0, exit, output);
        string[] rows = File.ReadAllLines(sheet);
        Assert.AreEqual("user,password,address,mail server (SMTP and POP3),DNS server", rows[0]);
        string[] asha = rows[1].Split(',');
        Assert.AreEqual("asha.rao", asha[0]);
        Assert.AreEqual(10, asha[1].Length, "a generated password, not another column");
        Assert.IsFalse(rows.Skip(1).Any(r => r.Contains("school.example") || r.Contains("Rao") || r.Contains("101")), string.Join("\n", rows));
        CollectionAssert.AreEqual(new[] { "asha.rao@mail.com", "127.0.0.1", "127.0.0.1" }, asha[2..]);
        emulator.Stop();
    }

    [TestMethod]
    public void AWrongEnableSecretLeavesAConsoleTheNextRunCanUse()
    {
        using var pty = new PtyPair();
        using var emulator = EmulatorProcess.Start(null, "--serial", pty.Appliance);
        var (_, setUp) = Teacher(pty, "run", "configure terminal", "enable secret letmein", "end", "disable");
        var (wrong, wrongOutput) = Teacher(pty, "--enable", "nope", "run", "show users");
        Assert.AreEqual(2, wrong, wrongOutput);
        StringAssert.Contains(wrongOutput, "error: the enable secret was refused");
        var (right, rightOutput) = Teacher(pty, "--enable", "letmein", "run", "show users");
        Assert.AreEqual(0, right, setUp + rightOutput);
        StringAssert.Contains(rightOutput, "client1");
        emulator.Stop();
    }

    [TestMethod]
    public void TheToolSetsABoardsUnsetClockFromThePc()
    {
        using var pty = new PtyPair();
        using var emulator = EmulatorProcess.Start(null, "--serial", pty.Appliance, "--board-clock");
        var (_, before) = Teacher(pty, "run", "configure terminal", "clock timezone CET 1", "end");
        StringAssert.Contains(before, "appliance clock set from this PC");
        var (exit, output) = Teacher(pty, "run", "show clock");
        Assert.AreEqual(0, exit, output);
        Assert.IsFalse(output.Contains("appliance clock set"), "set once, then left alone: " + output);
        string expected = DateTime.UtcNow.AddHours(1).ToString("yyyy");
        StringAssert.Contains(output, " CET ");
        StringAssert.Contains(output, expected);
        StringAssert.Contains(output, "Time source is user configuration");
        emulator.Stop();
    }

    [TestMethod]
    public void MailboxesAreBackedUpFromTheCardNotTheConsole()
    {
        using var pty = new PtyPair();
        using var emulator = EmulatorProcess.Start(null, "--serial", pty.Appliance);
        using (var client = new LineClient(emulator.Host, emulator.SmtpPort))
        {
            client.Send("HELO pc\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nSubject: keep me\r\n\r\nhi\r\n.\r\nQUIT\r\n");
            StringAssert.Contains(client.ReadToClose(), "250 2.0.0");
        }
        string folder = Directory.CreateTempSubdirectory("backup-").FullName;
        var (refused, refusal) = Teacher(pty, "backup", Path.Combine(folder, "lab.cfg"), "--mailboxes", Path.Combine(folder, "mail"));
        Assert.AreEqual(2, refused, refusal);
        StringAssert.Contains(refusal, "min over the serial console, so they are copied from the SD card");
        var (exit, output) = Teacher(pty, "backup", Path.Combine(folder, "lab.cfg"), "--mailboxes", Path.Combine(folder, "mail"), "--card", emulator.DataFolder);
        Assert.AreEqual(0, exit, output);
        string copied = Directory.GetFiles(Path.Combine(folder, "mail", "client2")).Single();
        StringAssert.Contains(File.ReadAllText(copied), "Subject: keep me");
        emulator.Stop();
    }

    [TestMethod]
    public void ASiteGoesOnTheCardNotDownTheSerialLine()
    {
        using var pty = new PtyPair();
        using var emulator = EmulatorProcess.Start(null, "--serial", pty.Appliance);
        string site = Directory.CreateTempSubdirectory("site-").FullName;
        Directory.CreateDirectory(Path.Combine(site, "css"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<h1>MasterTech</h1>\n");
        File.WriteAllText(Path.Combine(site, "css", "site.css"), new string('x', 30000));
        var (refused, refusal) = Teacher(pty, "site", site, "www.mastertech.com");
        Assert.AreEqual(2, refused, refusal);
        StringAssert.Contains(refusal, "2 files, 30,020 bytes: about 1 min over the serial console, which has no file transfer");
        StringAssert.Contains(refusal, "--card PATH");
        StringAssert.Contains(refusal, "no DNS name www.mastertech.com on the appliance yet");
        var (exit, output) = Teacher(pty, "site", site, "www.mastertech.com", "--card", emulator.DataFolder);
        Assert.AreEqual(0, exit, output);
        var (_, page) = ProgramRunner.Run("curl", "-sS", "--resolve", $"www.mastertech.com:{emulator.HttpPort}:127.0.0.1", $"http://www.mastertech.com:{emulator.HttpPort}/");
        Assert.AreEqual("<h1>MasterTech</h1>\n", page, "served from where the tool put it");
        emulator.Stop();
    }
}
