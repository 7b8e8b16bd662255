using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>
/// The trace a student hands in: one lab mail (client1 to client2 with python's smtplib, then
/// the POP3 download with poplib) under debug smtp and debug pop3, complete and in order. The
/// expected transcript is Console/lab-trace.txt (the README shows the same), with the times,
/// the client ports and the message's size (its Date: header's length varies) left out.
/// </summary>
[TestClass]
public sealed class LabTraceTests
{
    private static readonly Regex Traced = new(@"^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d\.\d{3} (smtp|pop3)", RegexOptions.Compiled);

    [TestMethod]
    public void OneLabMailReadsAsACompleteTranscript()
    {
        using var emulator = EmulatorProcess.Start();
        string script = Path.Combine(AppContext.BaseDirectory, "Clients", "lab_flow.py");
        var (exit, output) = ProgramRunner.Run("python3", script, emulator.Host, emulator.SmtpPort.ToString(), emulator.Pop3Port.ToString());
        Assert.AreEqual(0, exit, output);
        emulator.WaitForLine(line => line.EndsWith("pop3 2 S: +OK Bye, 0 messages deleted"), "the last line of the flow");
        emulator.Stop();

        string[] trace = emulator.Output.Split('\n').Where(line => Traced.IsMatch(line)).Select(Normalize).ToArray();
        string[] expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Console", "lab-trace.txt")).Select(Normalize).ToArray();
        CollectionAssert.AreEqual(expected, trace, string.Join("\n", trace));
    }

    private static string Normalize(string line)
    {
        line = Regex.Replace(line, @"^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d\.\d{3} ", "");
        line = Regex.Replace(line, @"connection from 127\.0\.0\.1:\d+", "connection from 127.0.0.1:PORT");
        line = Regex.Replace(line, @"\d+ octets", "N octets");
        return Regex.Replace(line, @"\+OK 1 \d+$", "+OK 1 N");
    }
}
