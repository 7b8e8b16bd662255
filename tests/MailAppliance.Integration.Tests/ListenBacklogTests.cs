using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// Every listening socket queues enough handshakes for a class pressing Send at once (issue 11:
/// twelve students): a handshake that overflows the queue waits out a SYN retry of a second or
/// more. The kernel shows a listening socket's backlog in ss's Send-Q column.
/// </summary>
[TestClass]
public sealed class ListenBacklogTests
{
    private const int Class = 12;

    [TestMethod]
    public void SmtpPop3AndDnsListenersQueueAClassOfHandshakes()
    {
        using var emulator = EmulatorProcess.Start();
        foreach (int port in new[] { emulator.SmtpPort, emulator.Pop3Port, emulator.DnsPort })
        {
            string line = ProgramRunner.Run("ss", "-ltnH", $"sport = :{port}").Output.Trim();
            string[] columns = line.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
            Assert.AreEqual("LISTEN", columns.FirstOrDefault(), $"port {port}: {line}");
            Assert.IsTrue(int.Parse(columns[2]) >= Class, $"port {port} queues {columns[2]} handshakes: {line}");
        }
        emulator.Stop();
    }
}
