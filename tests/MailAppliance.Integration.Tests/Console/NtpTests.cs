using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>"ntp server" sets the clock from a real SNTP exchange with a stand-in server on loopback (Clients/sntp_server.py).</summary>
[TestClass]
public sealed class NtpTests
{
    [TestMethod]
    public void NtpServerSetsTheClock()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Clients", "sntp_server.py"));
        using var server = Process.Start(start)!;
        try
        {
            string port = server.StandardOutput.ReadLine();
            using var emulator = EmulatorProcess.Start(null, "--ntp-port", port);
            emulator.TypeOnConsole("configure terminal");
            emulator.TypeOnConsole("ntp server 127.0.0.1");
            emulator.TypeOnConsole("end");
            emulator.WaitForLine(line => line.EndsWith("ntp: clock set by NTP from 127.0.0.1"), "the NTP log line");
            emulator.TypeOnConsole("show clock");
            emulator.WaitForLine(line => line.Contains(" UTC Sat Jun 15 2030"), "show clock with the server's date");
            emulator.WaitForLine(line => line.Contains("Time source is NTP 127.0.0.1"), "the time source");
            emulator.Stop();
        }
        finally
        {
            server.Kill();
            server.WaitForExit();
        }
    }

    [TestMethod]
    public void AServerThatDoesNotAnswerIsSaidOnce()
    {
        using var emulator = EmulatorProcess.Start(null, "--ntp-port", EmulatorProcess.FreePort().ToString());
        emulator.TypeOnConsole("configure terminal");
        emulator.TypeOnConsole("ntp server 127.0.0.1");
        emulator.WaitForLine(line => line.Contains("ntp: NTP server 127.0.0.1 "), "the NTP failure line");
        emulator.Stop();
    }
}
