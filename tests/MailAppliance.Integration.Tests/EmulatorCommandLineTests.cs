using System.Net;
using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

[TestClass]
public sealed class EmulatorCommandLineTests
{
    [TestMethod]
    public void PortInUseIsOneClearLine()
    {
        var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        int port = ((IPEndPoint)holder.LocalEndpoint).Port;
        try
        {
            var (exit, output) = EmulatorProcess.RunToFailure("--data", System.IO.Directory.CreateTempSubdirectory().FullName,
                "--smtp-port", port.ToString(), "--pop3-port", EmulatorProcess.FreePort().ToString(), "--imap-port", EmulatorProcess.FreePort().ToString(), "--http-port", EmulatorProcess.FreePort().ToString(), "--dns-port", EmulatorProcess.FreePort().ToString());
            Assert.AreEqual(2, exit);
            Assert.AreEqual($"error: cannot listen for SMTP on 127.0.0.1:{port}: the port is already in use; choose another with --smtp-port", output.Trim());
        }
        finally
        {
            holder.Stop();
        }
    }

    [TestMethod]
    public void UnknownFlagIsNamed()
    {
        var (exit, output) = EmulatorProcess.RunToFailure("--smtp-prot", "25");
        Assert.AreEqual(2, exit);
        StringAssert.StartsWith(output, "error: unknown option --smtp-prot");
    }

    [TestMethod]
    public void BannerTellsANewcomerWhatToDo()
    {
        using var emulator = EmulatorProcess.Start();
        StringAssert.Contains(emulator.Output, "lab example: domain mail.com, users client1 and client2");
        StringAssert.Contains(emulator.Output, $"swaks --server 127.0.0.1:{emulator.SmtpPort} --from client1@mail.com --to client2@mail.com");
        Assert.IsFalse(emulator.Output.Contains("admin"), "no password in the banner");
        emulator.Stop();
    }
}
