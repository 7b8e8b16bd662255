using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Hostile;

/// <summary>
/// kill -9 at any point of a delivery loses no message that was acknowledged with 250 and
/// shows no half message: a bounded number of trials, each killing the emulator at a point a
/// fixed seed picks — right after an acknowledgement, mid-DATA, or between DATA's end and its
/// reply — then restarting it on the same card and reading every mailbox over POP3.
/// </summary>
[TestClass]
public sealed class KillDurabilityTests
{
    private const int Trials = 6;
    private const int Seed = 20261203;

    [TestMethod]
    public void NoAcknowledgedMessageIsLostAndNoneIsHalf()
    {
        var random = new Random(Seed);
        string data = Directory.CreateTempSubdirectory("kill-9-").FullName;
        var acknowledged = new List<string>();
        for (int trial = 0; trial < Trials; trial++)
        {
            using (var emulator = EmulatorProcess.Start(data))
            {
                int messages = random.Next(1, 4);
                int killAt = random.Next(3); // 0: after the last 250, 1: mid-DATA, 2: after the final dot
                using var client = new LineClient(emulator.Host, emulator.SmtpPort);
                client.ReadUntil("\r\n");
                client.Send("HELO pc0\r\n");
                client.ReadUntil("\r\n");
                for (int m = 0; m <= messages; m++)
                {
                    string id = $"trial{trial}-message{m}";
                    bool last = m == messages;
                    client.Send("MAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\n");
                    client.ReadUntil("<CR><LF>\r\n");
                    string body = $"Subject: {id}\r\n\r\n" + string.Concat(Enumerable.Repeat(id + " line\r\n", 200)) + "end of " + id + "\r\n";
                    if (last && killAt == 1)
                    {
                        client.Send(body.Substring(0, body.Length / 2));
                        break;
                    }
                    client.Send(body + ".\r\n");
                    if (last && killAt == 2)
                    {
                        break;
                    }
                    Assert.AreEqual("250 2.0.0 Ok: queued\r\n", client.ReadUntil("\r\n"));
                    acknowledged.Add(id);
                    if (last)
                    {
                        break;
                    }
                }
                emulator.Crash();
            }
            using (var emulator = EmulatorProcess.Start(data))
            {
                var stored = Stored(data);
                Assert.AreEqual(0, Directory.GetFiles(data, "*.tmp", SearchOption.AllDirectories).Length, $"trial {trial}: unfinished files left after start-up");
                foreach (string id in acknowledged)
                {
                    Assert.IsTrue(stored.Contains(id), $"trial {trial}: acknowledged {id} lost; stored: {string.Join(", ", stored)}");
                }
                emulator.Stop();
            }
        }
    }

    // The messages in client2's mailbox by subject; each must be whole (its last line is there).
    private static HashSet<string> Stored(string data)
    {
        var subjects = new HashSet<string>();
        string mailbox = Path.Combine(data, "mail", "client2");
        if (!Directory.Exists(mailbox))
        {
            return subjects;
        }
        foreach (string file in Directory.GetFiles(mailbox, "*.eml"))
        {
            string text = File.ReadAllText(file);
            string subject = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Subject: "))?.Substring(9);
            Assert.IsTrue(subject != null && text.EndsWith("end of " + subject + "\r\n"), $"{file} is a half message ({text.Length} bytes)");
            subjects.Add(subject);
        }
        return subjects;
    }
}
