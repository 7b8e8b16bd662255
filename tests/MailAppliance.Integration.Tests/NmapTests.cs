using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// nmap's own SMTP and POP3 scripts, as a teacher would run them in a security lab: the relay
/// scan must find no open relay (it reads one segment per reply, so a reply split into several
/// sends, or a session cut short by the error limit, made it report one), and the capability
/// scripts must list what EHLO and CAPA advertise.
/// </summary>
[TestClass]
public sealed class NmapTests
{
    [TestMethod]
    public void RelayScanFindsNoOpenRelayAndCapabilitiesAreListed()
    {
        using var emulator = EmulatorProcess.Start();
        // -sV tells nmap the ports are SMTP and POP3 (they are not 25 and 110 here), so the scripts run.
        var (exit, output) = ProgramRunner.Run("nmap", "-Pn", "-n", "-p", $"{emulator.SmtpPort},{emulator.Pop3Port}", "-sV", "--version-light",
            "--script", "smtp-open-relay,smtp-commands,pop3-capabilities", emulator.Host);
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "smtp-open-relay: Server doesn't seem to be an open relay, all tests failed", output);
        StringAssert.Contains(output, "smtp-commands: mail.com, PIPELINING, SIZE 10485760, 8BITMIME, ENHANCEDSTATUSCODES, AUTH PLAIN LOGIN", output);
        string capabilities = output.Substring(output.IndexOf("pop3-capabilities:"));
        capabilities = capabilities.Substring(0, capabilities.IndexOf('\n'));
        foreach (string capability in new[] { "USER", "UIDL", "TOP", "PIPELINING", "RESP-CODES", "AUTH-RESP-CODE", "SASL(PLAIN)", "IMPLEMENTATION(MailAppliance)" })
        {
            StringAssert.Contains(capabilities, " " + capability, output);
        }
        emulator.Stop();
    }
}
