using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Hostile;

/// <summary>
/// Clients that hold a session without using it: one that stops reading its replies, and one
/// that trickles a command a byte at a time (slowloris). Each is closed and its slot freed.
/// The limits are set small so each test runs in seconds.
/// </summary>
[TestClass]
public sealed class SlowClientTests
{
    [TestMethod]
    public void ClientThatStopsReadingIsClosedAndItsSlotFreed()
    {
        using var emulator = EmulatorProcess.Start(null, "--max-sessions", "1", "--send-timeout", "1");
        // The trace of 250,000 EHLOs would be the bottleneck, not the socket: it is switched off.
        emulator.TypeOnConsole("undebug all");
        emulator.WaitForLine(line => line.EndsWith("All possible debugging has been turned off"), "the trace switched off");
        using var greedy = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        greedy.Connect(IPAddress.Loopback, emulator.SmtpPort);
        // 250,000 pipelined EHLOs ask for 32 MB of replies, far beyond both sockets' buffers;
        // the client never reads one. Its own writes stop once the server stops reading.
        var flood = Task.Run(() =>
        {
            byte[] ehlos = Encoding.ASCII.GetBytes(new StringBuilder().Insert(0, "EHLO x\r\n", 250000).ToString());
            try
            {
                greedy.Send(ehlos);
            }
            catch (SocketException)
            {
                // The server closed the session: what the test waits for.
            }
        });

        emulator.WaitForLine(line => line.EndsWith("smtp: 127.0.0.1 did not read its replies for 1 s; session closed"), "the send timeout");
        using var next = new LineClient(emulator.Host, emulator.Pop3Port);
        Assert.AreEqual("+OK mail.com POP3 server ready\r\n", next.ReadUntil("\r\n"));
        greedy.Close();
        flood.Wait();
        emulator.Stop();
    }

    [TestMethod]
    public void CommandTrickledByteByByteIsCutOffAtItsDeadline()
    {
        using var emulator = EmulatorProcess.Start(null, "--command-timeout", "2", "--idle-timeout", "120");
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.ReadUntil("\r\n");
        using var stop = new CancellationTokenSource();
        var trickle = Task.Run(() => Trickle(client, "EHLO a-name-that-never-ends", stop.Token));

        Assert.AreEqual("421 4.4.2 mail.com Error: timeout exceeded\r\n", client.ReadToClose());
        emulator.WaitForLine(line => line.EndsWith("smtp: 127.0.0.1 did not finish a command within 2 s; session closed"), "the command deadline");
        stop.Cancel();
        trickle.Wait();
        emulator.Stop();
    }

    [TestMethod]
    public void SlowMessageWhoseLinesEachArriveInTimeIsDelivered()
    {
        // The deadline is per command and per line of a message, not per DATA: a message that
        // takes longer than the deadline in all, a line at a time, is a slow link, not an attack.
        using var emulator = EmulatorProcess.Start(null, "--command-timeout", "2");
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.ReadUntil("\r\n");
        client.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\n");
        client.ReadUntil("<CR><LF>\r\n");
        // Each send ends one line and begins the next, so a line is always partly received.
        client.Send("li");
        for (int i = 0; i < 6; i++)
        {
            client.Send("ne " + i + "\r\nli");
            Thread.Sleep(700); // the pace of a slow link: 4.2 s in all, each line well inside 2 s
        }
        client.Send("ne end\r\n.\r\nQUIT\r\n");
        Assert.AreEqual("250 2.0.0 Ok: queued\r\n221 2.0.0 Bye\r\n", client.ReadToClose());
        emulator.Stop();
    }

    [TestMethod]
    public void DnsQueryTrickledOverTcpIsCutOffAtItsDeadline()
    {
        using var emulator = EmulatorProcess.Start();
        using var client = new LineClient(emulator.Host, emulator.DnsPort);
        client.Send("\u0000"); // half of a length prefix, then nothing
        Assert.AreEqual("", client.ReadToClose());
        emulator.WaitForLine(line => line.EndsWith("dns-tcp: 127.0.0.1 did not finish a command within 2 s; session closed"), "the query deadline");
        emulator.Stop();
    }

    // One byte every half second, never a line end, until cancelled or closed.
    private static void Trickle(LineClient client, string text, CancellationToken stop)
    {
        try
        {
            for (int i = 0; !stop.IsCancellationRequested; i = (i + 1) % text.Length)
            {
                client.Send(text[i].ToString());
                stop.WaitHandle.WaitOne(500);
            }
        }
        catch (IOException)
        {
            // The server closed the session.
        }
    }
}
