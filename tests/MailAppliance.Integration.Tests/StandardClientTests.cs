using System;
using System.IO;
using System.Linq;
using MailKit.Net.Pop3;
using MailKit.Security;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>The lab flow with swaks and with python3's smtplib/poplib, run as separate programs.</summary>
[TestClass]
public sealed class StandardClientTests
{
    [TestMethod]
    public void SwaksSendsTheLabMail()
    {
        using var emulator = EmulatorProcess.Start();
        var (exit, output) = ProgramRunner.Run("swaks", "--server", $"{emulator.Host}:{emulator.SmtpPort}", "--helo", "pc0",
            "--from", "client1@mail.com", "--to", "client2@mail.com", "--header", "Subject: Lab 06 from swaks", "--body", "Hello from swaks.");
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "<-  250 2.0.0 Ok: queued");
        StringAssert.Contains(output, "<-  221 2.0.0 Bye");

        using var pop3 = new Pop3Client();
        pop3.Connect(emulator.Host, emulator.Pop3Port, SecureSocketOptions.None);
        pop3.Authenticate("client2", "admin");
        var message = pop3.GetMessage(0);
        Assert.AreEqual("Lab 06 from swaks", message.Subject);
        StringAssert.Contains(message.TextBody, "Hello from swaks.");
        pop3.Disconnect(true);
        emulator.Stop();
    }

    [TestMethod]
    public void SwaksIsToldOffWhenRelaying()
    {
        using var emulator = EmulatorProcess.Start();
        var (exit, output) = ProgramRunner.Run("swaks", "--server", $"{emulator.Host}:{emulator.SmtpPort}", "--from", "client1@mail.com", "--to", "friend@gmail.com");
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(output, "<** 554 5.7.1 <friend@gmail.com>: Relay access denied");
        emulator.Stop();
    }

    [TestMethod]
    public void SwaksAuthLoginAndPlain()
    {
        using var emulator = EmulatorProcess.Start(null, "--require-auth");
        foreach (string mechanism in new[] { "LOGIN", "PLAIN" })
        {
            var (exit, output) = ProgramRunner.Run("swaks", "--server", $"{emulator.Host}:{emulator.SmtpPort}", "--from", "client1@mail.com",
                "--to", "client2@mail.com", "--auth", mechanism, "--auth-user", "client1", "--auth-password", "admin");
            Assert.AreEqual(0, exit, output);
            StringAssert.Contains(output, "<-  235 2.7.0 Authentication successful");
        }
        var (badExit, badOutput) = ProgramRunner.Run("swaks", "--server", $"{emulator.Host}:{emulator.SmtpPort}", "--from", "client1@mail.com",
            "--to", "client2@mail.com", "--auth", "PLAIN", "--auth-user", "client1", "--auth-password", "nope");
        Assert.AreNotEqual(0, badExit);
        StringAssert.Contains(badOutput, "<** 535 5.7.8 Error: authentication failed");
        Assert.AreEqual(2, Directory.GetFiles(Path.Combine(emulator.DataFolder, "mail", "client2")).Length);
        emulator.Stop();
    }

    [TestMethod]
    public void PythonSmtplibAndPoplibRunTheLabFlow()
    {
        using var emulator = EmulatorProcess.Start();
        string script = Path.Combine(AppContext.BaseDirectory, "Clients", "lab_flow.py");
        var (exit, output) = ProgramRunner.Run("python3", script, emulator.Host, emulator.SmtpPort.ToString(), emulator.Pop3Port.ToString());
        Assert.AreEqual(0, exit, output);
        string[] expected =
        {
            "ehlo 250 ['8bitmime', 'auth', 'enhancedstatuscodes', 'pipelining', 'size']",
            "refused {}",
            "user +OK Send your password",
            "pass +OK Logged in, 1 messages (" ,
            "stat 1",
            "size-matches-stat True",
            "subject ['Subject: Lab 06 from python']",
            "dots ['..two dots']",
            "dele +OK Message 1 deleted",
            "quit +OK Bye, 1 messages deleted",
            "after (0, 0)",
        };
        string[] lines = output.Trim().Split('\n');
        Assert.AreEqual(expected.Length, lines.Length, output);
        for (int i = 0; i < expected.Length; i++)
        {
            StringAssert.StartsWith(lines[i], expected[i], output);
        }
        emulator.Stop();
    }
}
