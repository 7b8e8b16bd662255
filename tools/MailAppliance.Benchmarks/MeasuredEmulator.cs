using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace MailAppliance.Benchmarks;

/// <summary>
/// The emulator as a separate process with --memory-stats, on free ports and a fresh data
/// folder, run with a 64 KB gen0 budget so its peak heap follows what is live.
/// </summary>
public sealed class MeasuredEmulator
{
    public readonly int SmtpPort = MemoryBenchmark.FreePort();
    public readonly int Pop3Port = MemoryBenchmark.FreePort();
    public readonly int ImapPort = MemoryBenchmark.FreePort();
    private readonly string _data = Directory.CreateTempSubdirectory("bench-data-").FullName;
    private readonly Process _process;

    public MeasuredEmulator(long maxMessageSize, params string[] extraArgs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "MailAppliance.Emulator.dll"), "--data", _data,
            "--smtp-port", SmtpPort.ToString(), "--pop3-port", Pop3Port.ToString(), "--imap-port", ImapPort.ToString(), "--http-port", MemoryBenchmark.FreePort().ToString(), "--dns-port", MemoryBenchmark.FreePort().ToString(),
            "--memory-stats", "--max-message-size", maxMessageSize.ToString() }.Concat(extraArgs))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_GCgen0size"] = "0x10000";
        start.Environment["DOTNET_gcServer"] = "0";
        _process = Process.Start(start)!;
        while (_process.StandardOutput.ReadLine() is string line && line != "ready")
        {
        }
    }

    /// <summary>Stops the emulator (SIGTERM) and returns its peak managed heap and the bytes it allocated.</summary>
    public (long Peak, long Allocated) Stop()
    {
        MemoryBenchmark.kill(_process.Id, 15);
        string report = null;
        while (_process.StandardOutput.ReadLine() is string line)
        {
            if (line.StartsWith("memory:"))
            {
                report = line;
            }
        }
        _process.WaitForExit();
        _process.Dispose();
        Directory.Delete(_data, true);
        return (long.Parse(Field(report, "peak-heap-bytes")), long.Parse(Field(report, "allocated-bytes")));
    }

    private static string Field(string report, string name)
    {
        foreach (string part in report.Split(' '))
        {
            if (part.StartsWith(name + "="))
            {
                return part.Substring(name.Length + 1);
            }
        }
        throw new InvalidOperationException("no " + name + " in " + report);
    }
}
