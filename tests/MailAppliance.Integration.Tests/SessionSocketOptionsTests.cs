using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// Every session socket has Nagle off (TCP_NODELAY): a reply is one send already, and Nagle
/// would hold it back for the client's delayed ACK, about 40 ms a reply (issue 11). strace
/// attached to the emulator sees the option set on each accepted SMTP, POP3 and DNS-TCP socket.
/// </summary>
[TestClass]
public sealed class SessionSocketOptionsTests
{
    [TestMethod]
    public void SmtpPop3AndDnsTcpSessionsTurnNagleOff()
    {
        using var emulator = EmulatorProcess.Start();
        using var trace = SyscallTrace.Attach(emulator, "setsockopt");
        using (var smtp = new LineClient(emulator.Host, emulator.SmtpPort))
        using (var pop3 = new LineClient(emulator.Host, emulator.Pop3Port))
        {
            smtp.ReadUntil("\r\n");
            pop3.ReadUntil("\r\n");
        }
        using (var dns = new System.Net.Sockets.TcpClient(emulator.Host, emulator.DnsPort))
        {
            // DNS has no greeting: a query answered shows the session was set up.
            byte[] query = { 0, 26, 0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 4, (byte)'m', (byte)'a', (byte)'i', (byte)'l', 3, (byte)'c', (byte)'o', (byte)'m', 0, 0, 1, 0, 1 };
            var stream = dns.GetStream();
            stream.Write(query, 0, query.Length);
            Assert.IsTrue(stream.Read(new byte[512], 0, 512) > 2, "no DNS answer");
        }
        string[] calls = trace.Stop();
        string[] noDelay = calls.Where(c => c.Contains("TCP_NODELAY") && c.Contains("[1]")).ToArray();
        Assert.AreEqual(3, noDelay.Length, "setsockopt calls:\n" + string.Join("\n", calls));
        emulator.Stop();
    }
}

/// <summary>
/// I/O sized for the medium (Core/Sessions/IoSizes): a socket receive takes up to one lwIP
/// segment (1440 bytes) and message bytes reach the card 2048 at a time, with no stream buffer
/// of .NET's in between, as on the board. strace sees the sizes the emulator asks for.
/// </summary>
[TestClass]
public sealed class IoSizeTests
{
    [TestMethod]
    public void ReceivesTakeASegmentAndMessageWritesAreCardChunks()
    {
        using var emulator = EmulatorProcess.Start();
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.ReadUntil("\r\n");
        client.Send("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\n");
        client.ReadUntil("<CR><LF>\r\n");
        using var trace = SyscallTrace.Attach(emulator, "recvmsg,recvfrom,read,pwrite64,write");
        var body = new System.Text.StringBuilder("Subject: sizes\r\n\r\n");
        for (int i = 0; i < 200; i++)
        {
            body.Append("line ").Append(i).Append(" of a message long enough for several card writes\r\n");
        }
        client.Send(body.Append(".\r\n").ToString());
        Assert.AreEqual("250 2.0.0 Ok: queued\r\n", client.ReadUntil("\r\n"));
        string[] calls = trace.Stop();
        client.Send("QUIT\r\n");

        string all = string.Join("\n", calls);
        Assert.IsTrue(calls.Any(c => (c.Contains("recvmsg(") && c.Contains("iov_len=1440")) || (c.Contains("recvfrom(") && c.Contains(", 1440,"))), "no receive of 1440 bytes:\n" + all);
        string[] cardWrites = calls.Where(c => (c.Contains("pwrite64(") || c.Contains("write(")) && c.Contains(".tmp>")).ToArray();
        Assert.IsTrue(cardWrites.Length >= 3, "message writes:\n" + all);
        Assert.IsTrue(cardWrites.Take(cardWrites.Length - 1).All(c => c.Contains(", 2048")), "every write but the last is 2048 bytes:\n" + string.Join("\n", cardWrites));
    }
}
