using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests;

/// <summary>
/// Replays a scenario file against an engine and compares the exact bytes it sent.
/// Lines of a scenario:
/// <list type="bullet">
/// <item>"C: text" — the client sends text + CRLF; "&lt;LF&gt;" at the end sends a bare LF instead, "&lt;NOEOL&gt;" nothing.</item>
/// <item>"S: text" — the server must send text + CRLF, in order.</item>
/// <item>"E: timeout|disconnect|busy" — a connection event.</item>
/// <item>"! Setting value" — configure the model first (MailLimits fields, Domain, Postmaster, User name:password).</item>
/// <item>"M: mailbox uid text" — before the run, append text + CRLF to a stored message.</item>
/// <item>"D: mailbox text" — after the run, the mailbox's last message is exactly these lines + CRLF each.</item>
/// <item>"K: mailbox uid..." — after the run, the mailbox holds exactly these messages.</item>
/// <item>"X: closed" / "X: open" — whether the session closed its connection.</item>
/// </list>
/// "\t" stands for a tab. Each scenario is run twice: client bytes fed whole between
/// events, and one byte at a time.
/// </summary>
public static class TranscriptRunner
{
    public const string RemoteAddress = "192.168.1.4";

    public static IEnumerable<object[]> Scenarios(string protocolFolder)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, protocolFolder, "Transcripts");
        foreach (string file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f))
        {
            yield return new object[] { Path.GetFileNameWithoutExtension(file), true };
            yield return new object[] { Path.GetFileNameWithoutExtension(file), false };
        }
    }

    public static void Run(string protocolFolder, string scenario, bool byteByByte)
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, protocolFolder, "Transcripts", scenario + ".txt"));
        var model = new ApplianceModel();
        LabExample.Apply(model);
        model.Limits.AuthFailureDelayMilliseconds = 1000;
        var store = new MemoryStore();
        var output = new RecordingOutput();
        var trace = new ListTrace();
        var expected = new StringBuilder();
        var afterChecks = new List<string>();

        foreach (string raw in lines)
        {
            string line = raw.Replace("\\t", "\t");
            if (line.StartsWith("! "))
            {
                Configure(model, store, line.Substring(2));
            }
            else if (line.StartsWith("M: "))
            {
                string[] parts = line.Substring(3).Split(' ', 3);
                var box = store.Box(parts[0]);
                int i = box.FindIndex(m => m.Uid == parts[1]);
                byte[] add = Encoding.Latin1.GetBytes((parts.Length > 2 ? parts[2] : "") + "\r\n");
                if (i < 0)
                {
                    box.Add((parts[1], add));
                }
                else
                {
                    box[i] = (parts[1], box[i].Bytes.Concat(add).ToArray());
                }
            }
            else if (line.StartsWith("S: "))
            {
                expected.Append(line.Substring(3)).Append("\r\n");
            }
        }

        ISession session = protocolFolder == "Smtp"
            ? new SmtpSession(model, store, new FixedClock(), trace, output, RemoteAddress, "smtp 1")
            : new Pop3Session(model, store, trace, output, "pop3 1");
        if (!lines.Contains("E: busy"))
        {
            session.Start();
        }
        var pending = new List<byte>();
        foreach (string raw in lines)
        {
            string line = raw.Replace("\\t", "\t");
            if (line == "C:")
            {
                line = "C: ";
            }
            if (line.StartsWith("C: "))
            {
                pending.AddRange(ClientBytes(line.Substring(3)));
            }
            else if (line.StartsWith("E: "))
            {
                Feed(session, pending, byteByByte);
                Event(session, line.Substring(3));
            }
            else if (line.StartsWith("D: ") || line.StartsWith("K: ") || line.StartsWith("X: "))
            {
                afterChecks.Add(line);
            }
        }
        Feed(session, pending, byteByByte);

        Assert.AreEqual(expected.ToString(), output.Text, $"bytes sent in {scenario}");
        CheckAfter(afterChecks, store, output, scenario);
    }

    private static void Feed(ISession session, List<byte> pending, bool byteByByte)
    {
        byte[] bytes = pending.ToArray();
        pending.Clear();
        if (bytes.Length == 0)
        {
            return;
        }
        if (!byteByByte)
        {
            // Offset into a larger buffer, so an engine that ignores offset fails.
            byte[] padded = new byte[bytes.Length + 7];
            Array.Copy(bytes, 0, padded, 3, bytes.Length);
            session.Receive(padded, 3, bytes.Length);
            return;
        }
        foreach (byte b in bytes)
        {
            session.Receive(new[] { (byte)'x', b }, 1, 1);
        }
    }

    private static void Event(ISession session, string name)
    {
        switch (name)
        {
            case "timeout": session.TimedOut(); break;
            case "disconnect": session.Disconnected(); break;
            case "busy": session.RejectBusy(); break;
            default: Assert.Fail("unknown event " + name); break;
        }
    }

    private static byte[] ClientBytes(string text)
    {
        if (text.EndsWith("<LF>"))
        {
            return Encoding.Latin1.GetBytes(text[..^4] + "\n");
        }
        if (text.EndsWith("<NOEOL>"))
        {
            return Encoding.Latin1.GetBytes(text[..^7]);
        }
        return Encoding.Latin1.GetBytes(text + "\r\n");
    }

    private static void Configure(ApplianceModel model, MemoryStore store, string setting)
    {
        string[] parts = setting.Split(' ', 2);
        switch (parts[0])
        {
            case "StoreBegin": store.BeginOutcome = Enum.Parse<StoreResult>(parts[1]); return;
            case "StoreAppend": store.AppendOutcome = Enum.Parse<StoreResult>(parts[1]); return;
            case "StoreAppendsBeforeFailure": store.AppendsBeforeFailure = int.Parse(parts[1]); return;
            case "StoreCommit": store.CommitOutcome = Enum.Parse<StoreResult>(parts[1]); return;
            case "StoreOpen": store.OpenOutcome = Enum.Parse<StoreResult>(parts[1]); return;
            case "StoreDelete": store.DeleteOutcome = Enum.Parse<StoreResult>(parts[1]); return;
            case "StoreReadFailsAt": store.FailReadAtChunk = int.Parse(parts[1]); return;
            case "Domain": model.Domains.Add(parts[1]); return;
            case "Locked": model.Locks.TryAcquire(parts[1]); return;
            case "Postmaster": model.Domains.PostmasterUser = parts[1]; return;
            case "User":
                string[] user = parts[1].Split(':', 2);
                model.Users.Set(user[0], user[1]);
                return;
        }
        var field = typeof(MailLimits).GetField(parts[0]) ?? throw new ArgumentException("unknown setting " + parts[0]);
        field.SetValue(model.Limits, Convert.ChangeType(parts[1], field.FieldType));
    }

    private static void CheckAfter(List<string> checks, MemoryStore store, RecordingOutput output, string scenario)
    {
        var delivered = new Dictionary<string, StringBuilder>();
        foreach (string check in checks)
        {
            string body = check.Substring(3);
            if (check.StartsWith("D: "))
            {
                string[] parts = body.Split(' ', 2);
                if (!delivered.TryGetValue(parts[0], out var text))
                {
                    delivered[parts[0]] = text = new StringBuilder();
                }
                text.Append(parts.Length > 1 ? parts[1] : "").Append("\r\n");
            }
            else if (check.StartsWith("K: "))
            {
                string[] parts = body.Split(' ');
                string held = string.Join(" ", store.Box(parts[0]).Select(m => m.Uid));
                Assert.AreEqual(string.Join(" ", parts.Skip(1)), held, $"messages left in {parts[0]} in {scenario}");
            }
            else
            {
                Assert.AreEqual(body == "closed", output.Closed, $"connection closed at the end of {scenario}");
            }
        }
        foreach (var (mailbox, text) in delivered)
        {
            var box = store.Box(mailbox);
            Assert.IsTrue(box.Count > 0, $"nothing delivered to {mailbox} in {scenario}");
            Assert.AreEqual(text.ToString(), store.Text(mailbox, box.Count - 1), $"message stored for {mailbox} in {scenario}");
        }
    }
}
