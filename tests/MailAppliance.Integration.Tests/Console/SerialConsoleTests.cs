using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using MailAppliance.Teacher;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>
/// The console over a real serial path: a pseudo-terminal pair made with socat, the emulator
/// on one end (System.IO.Ports), the teacher's tool or the test on the other.
/// </summary>
[TestClass]
public sealed class SerialConsoleTests
{
    [TestMethod]
    public void AddUserSendMailWatchDebugSaveAndRestart()
    {
        using var pty = new PtyPair();
        string appliancePath = pty.Appliance, teacherPath = pty.Terminal;
        string data;
        using (var emulator = EmulatorProcess.Start(null, "--serial", appliancePath))
        {
            data = emulator.DataFolder;
            using var console = new SerialConsole(teacherPath, 115200, TimeSpan.FromSeconds(20));
            StringAssert.EndsWith(console.Connect(), "MailAppliance#");
            Assert.AreEqual("Enter configuration commands, one per line.  End with CNTL/Z.\r\n", console.Run("configure terminal"));
            Assert.AreEqual("", console.Run("username student9 password Pass 9!"));
            console.Run("end");
            Assert.AreEqual("SMTP debugging is on\r\n", console.Run("debug smtp"));

            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse("student9@mail.com"));
            message.To.Add(MailboxAddress.Parse("client2@mail.com"));
            message.Subject = "from the console test";
            message.Body = new TextPart("plain") { Text = "hello" };
            using (var smtp = new SmtpClient())
            {
                smtp.Connect(emulator.Host, emulator.SmtpPort, SecureSocketOptions.None);
                smtp.Authenticate("student9", "Pass 9!");
                smtp.Send(message);
                smtp.Disconnect(true);
            }
            string trace = console.ReadUntil("S: 221 2.0.0 Bye");
            StringAssert.Contains(trace, "smtp 1 C: AUTH PLAIN (hidden)");
            StringAssert.Contains(trace, "smtp 1 S: 235 2.7.0 Authentication successful");
            StringAssert.Contains(trace, "smtp 1 C: RCPT TO:<client2@mail.com>");
            Assert.IsFalse(trace.Contains(Convert.ToBase64String(Encoding.ASCII.GetBytes("\0student9\0Pass 9!"))), "no credentials in the trace");
            Assert.IsFalse(trace.Contains("Pass 9!"));

            console.Run("undebug all");
            Assert.AreEqual("Building configuration...\r\n[OK]\r\n", console.Run("write memory"));
            emulator.Stop();
        }
        Assert.IsFalse(File.ReadAllText(Path.Combine(data, "startup-config")).Contains("Pass 9!"), "no clear password on the card");
        using (var restarted = EmulatorProcess.Start(data, "--serial", appliancePath))
        {
            StringAssert.Contains(restarted.Output, "configuration:  startup-config from the data folder");
            using var pop3 = new Pop3Client();
            pop3.Connect(restarted.Host, restarted.Pop3Port, SecureSocketOptions.None);
            pop3.Authenticate("student9", "Pass 9!");
            pop3.Disconnect(true);
            restarted.Stop();
        }
    }

    [TestMethod]
    public void TeacherToolImportsA200StudentRoster()
    {
        using var pty = new PtyPair();
        string appliancePath = pty.Appliance, teacherPath = pty.Terminal;
        using var emulator = EmulatorProcess.Start(null, "--serial", appliancePath);
        string folder = Directory.CreateTempSubdirectory("roster-").FullName;
        string roster = Path.Combine(folder, "class.csv");
        string sheet = Path.Combine(folder, "credentials.csv");
        var lines = new List<string> { "user,password" };
        for (int i = 1; i <= 200; i++)
        {
            lines.Add(i % 2 == 0 ? $"student{i:000},Given{i}" : $"student{i:000}");
        }
        File.WriteAllLines(roster, lines);

        var (exit, output) = ProgramRunner.Run("dotnet", Path.Combine(AppContext.BaseDirectory, "MailAppliance.Teacher.dll"),
            "--port", teacherPath, "import", roster, "--out", sheet);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "imported 100/200");
        StringAssert.Contains(output, "200 users added, 0 skipped");
        StringAssert.Contains(output, "configuration saved (write memory)");

        var credentials = File.ReadAllLines(sheet).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.AreEqual(200, credentials.Length);
        Assert.AreEqual("Given2", credentials[1][1]);
        Assert.AreEqual(10, credentials[0][1].Length, "generated password");
        foreach (string[] student in credentials)
        {
            using var client = new LineClient(emulator.Host, emulator.Pop3Port);
            client.Send($"USER {student[0]}\r\nPASS {student[1]}\r\nQUIT\r\n");
            StringAssert.Contains(client.ReadToClose(), "+OK Logged in", student[0]);
        }

        // Back up this appliance's configuration and restore it into a fresh one.
        string backup = Path.Combine(folder, "lab.cfg");
        string teacher = Path.Combine(AppContext.BaseDirectory, "MailAppliance.Teacher.dll");
        var (backupExit, backupOutput) = ProgramRunner.Run("dotnet", teacher, "--port", teacherPath, "backup", backup);
        Assert.AreEqual(0, backupExit, backupOutput);
        StringAssert.Contains(File.ReadAllText(backup), "username student200 secret $sha256$");
        emulator.Stop();
        using var fresh = EmulatorProcess.Start(null, "--serial", appliancePath);
        var (restoreExit, restoreOutput) = ProgramRunner.Run("dotnet", teacher, "--port", teacherPath, "restore", backup, "--save");
        Assert.AreEqual(0, restoreExit, restoreOutput);
        StringAssert.Contains(restoreOutput, "0 line(s) failed");
        using (var client = new LineClient(fresh.Host, fresh.Pop3Port))
        {
            client.Send($"USER {credentials[0][0]}\r\nPASS {credentials[0][1]}\r\nQUIT\r\n");
            StringAssert.Contains(client.ReadToClose(), "+OK Logged in");
        }
        StringAssert.Contains(File.ReadAllText(Path.Combine(fresh.DataFolder, "startup-config")), "username student001 secret");
        fresh.Stop();
    }
}
