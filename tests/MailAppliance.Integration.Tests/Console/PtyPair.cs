using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>A serial line for tests: two pseudo-terminals joined by socat, the appliance's end and the terminal's.</summary>
public sealed class PtyPair : IDisposable
{
    private readonly Process _socat;

    public PtyPair()
    {
        string folder = Directory.CreateTempSubdirectory("pty-").FullName;
        Appliance = Path.Combine(folder, "appliance");
        Terminal = Path.Combine(folder, "terminal");
        var start = new ProcessStartInfo("socat") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { "-d", "-d", $"pty,raw,echo=0,link={Appliance}", $"pty,raw,echo=0,link={Terminal}" })
        {
            start.ArgumentList.Add(arg);
        }
        try
        {
            _socat = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("socat is not installed; tests/run-all.sh installs it");
            throw;
        }
        // socat says when both ends exist and it is copying.
        string line;
        while ((line = _socat.StandardError.ReadLine()) != null && !line.Contains("starting data transfer loop"))
        {
        }
        Assert.IsNotNull(line, "socat did not start");
    }

    /// <summary>The end the emulator's --serial opens.</summary>
    public string Appliance { get; }

    /// <summary>The end a terminal program or the teacher's tool opens.</summary>
    public string Terminal { get; }

    public void Dispose()
    {
        _socat.Kill();
        _socat.WaitForExit();
        _socat.Dispose();
    }
}
