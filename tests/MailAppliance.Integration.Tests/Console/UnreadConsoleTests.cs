using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>
/// A console nobody reads (a terminal held by Ctrl-S, a pipe into a paused pager) must not hold
/// up the mail service: the trace of every command is written to it, and a Linux pipe holds
/// 64 KB. The emulator runs here with --trace and its output in a pipe the test stops reading
/// once the emulator is ready.
/// </summary>
[TestClass]
public sealed class UnreadConsoleTests
{
    // Each NOOP is traced as two lines of about 35 bytes: 3,000 of them are three pipes' worth.
    private const int Commands = 3000;

    [TestMethod]
    public void MailIsAnsweredWhileNobodyReadsTheConsole()
    {
        string data = Directory.CreateTempSubdirectory("appliance-data-").FullName;
        int smtpPort = EmulatorProcess.FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "MailAppliance.Emulator.dll"), "--data", data,
            "--smtp-port", smtpPort.ToString(), "--pop3-port", EmulatorProcess.FreePort().ToString(),
            "--imap-port", EmulatorProcess.FreePort().ToString(), "--http-port", EmulatorProcess.FreePort().ToString(), "--dns-port", EmulatorProcess.FreePort().ToString(), "--trace" })
        {
            start.ArgumentList.Add(arg);
        }
        using var emulator = Process.Start(start)!;
        try
        {
            string line;
            while ((line = emulator.StandardOutput.ReadLine()) != null && line != "ready")
            {
            }
            Assert.AreEqual("ready", line, "the emulator did not start");

            using var client = new LineClient("127.0.0.1", smtpPort);
            client.ReadUntil("\r\n");
            for (int i = 0; i < Commands; i++)
            {
                client.Send("NOOP\r\n");
                Assert.AreEqual("250 2.0.0 Ok\r\n", client.ReadUntil("\r\n"), $"reply to NOOP {i + 1}");
            }

            // Read again: the console says what it dropped, before the lines that follow.
            var output = new StringBuilder();
            var reading = new Thread(() =>
            {
                string text;
                while ((text = emulator.StandardOutput.ReadLine()) != null)
                {
                    lock (output)
                    {
                        output.AppendLine(text);
                    }
                }
            }) { IsBackground = true };
            reading.Start();
            bool noted = false;
            for (int i = 0; i < Commands && !noted; i++)
            {
                client.Send("NOOP\r\n");
                client.ReadUntil("\r\n");
                lock (output)
                {
                    noted = Regex.IsMatch(output.ToString(), @"% \d+ bytes of console output lost: the terminal was not reading");
                }
            }
            Assert.IsTrue(noted, "no note of the lost output");
        }
        finally
        {
            emulator.Kill();
            emulator.WaitForExit();
            Directory.Delete(data, true);
        }
    }
}
