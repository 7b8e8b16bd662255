using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// A 250 after DATA means the message is on stable storage: strace, attached to the emulator,
/// shows the session's own system calls in order — the message file synced, renamed into the
/// mailbox, the mailbox folder synced, and only then the 250; and the UID counter the same way
/// before the 354.
/// </summary>
[TestClass]
public sealed class StableDeliveryTests
{
    [TestMethod]
    public void QueuedIsSentOnlyAfterTheMessageAndItsFolderAreSynced()
    {
        using var emulator = EmulatorProcess.Start();
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.ReadUntil("\r\n");
        client.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\n");
        client.ReadUntil("250 2.1.5 Ok\r\n");

        string log = Path.Combine(emulator.DataFolder, "..", Path.GetFileName(emulator.DataFolder) + ".strace");
        using var strace = Attach(emulator.ProcessId, log);
        client.Send("DATA\r\n");
        client.ReadUntil("<CR><LF>\r\n");
        client.Send("Subject: kept\r\n\r\nbody\r\n.\r\n");
        Assert.AreEqual("250 2.0.0 Ok: queued\r\n", client.ReadUntil("\r\n"));
        Detach(strace);

        string data = emulator.DataFolder;
        string[] calls = File.ReadAllLines(log);
        string uid = Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(data, "mail", "client2")).Single());
        int[] order =
        {
            Find(calls, $"fsync(", $"<{data}/uid.nxt.new>"),
            Find(calls, $"rename", $"\"{data}/uid.nxt.new\", \"{data}/uid.nxt\""),
            Find(calls, $"fsync(", $"<{data}>"),
            Find(calls, "sendto(", "\"354 End data"),
            Find(calls, $"fsync(", $"<{data}/tmp/{uid}.tmp>"),
            Find(calls, $"rename", $"\"{data}/tmp/{uid}.tmp\", \"{data}/mail/client2/{uid}.tmp\""),
            Find(calls, $"rename", $"\"{data}/mail/client2/{uid}.tmp\", \"{data}/mail/client2/{uid}.eml\""),
            Find(calls, $"fsync(", $"<{data}/mail/client2>"),
            Find(calls, "sendto(", "\"250 2.0.0 Ok: queued"),
        };
        for (int i = 1; i < order.Length; i++)
        {
            Assert.IsTrue(order[i - 1] < order[i], $"step {i} of the delivery out of order:\n{string.Join("\n", calls)}");
        }
        client.Send("QUIT\r\n");
        emulator.Stop();
    }

    // strace on every thread, printing the paths of file descriptors (-y); returns once attached.
    private static Process Attach(int pid, string log)
    {
        var start = new ProcessStartInfo("strace") { RedirectStandardError = true };
        foreach (string arg in new[] { "-f", "-y", "-s", "64", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2,sendto,sendmsg", "-o", log, "-p", pid.ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        var strace = Process.Start(start)!;
        string line;
        while ((line = strace.StandardError.ReadLine()) != null && !line.Contains("attached"))
        {
        }
        Assert.IsNotNull(line, "strace did not attach (is it installed, and may this user trace?)");
        return strace;
    }

    private static void Detach(Process strace)
    {
        ProgramRunner.Run("kill", "-INT", strace.Id.ToString());
        Assert.IsTrue(strace.WaitForExit(30000), "strace did not stop");
    }

    private static int Find(string[] calls, string call, string argument)
    {
        for (int i = 0; i < calls.Length; i++)
        {
            if (calls[i].Contains(call) && calls[i].Contains(argument))
            {
                return i;
            }
        }
        Assert.Fail($"no {call}...{argument} in the trace:\n{string.Join("\n", calls)}");
        return -1;
    }
}
