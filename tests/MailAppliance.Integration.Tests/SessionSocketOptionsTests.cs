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
