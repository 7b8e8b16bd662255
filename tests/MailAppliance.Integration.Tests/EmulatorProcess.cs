using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// The emulator running as its own process on loopback, on free ports, with its own data
/// folder. Waits for its "ready" line; every later output line can be awaited too, which is
/// how tests synchronise with the server (never by sleeping).
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    private static readonly TimeSpan LineTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly List<string> _lines = new();
    private readonly object _sync = new();
    private bool _exited;

    public string DataFolder { get; }
    public int SmtpPort { get; }
    public int Pop3Port { get; }
    public int ImapPort { get; }
    public int HttpPort { get; }
    public int DnsPort { get; }
    public string Host => "127.0.0.1";

    /// <summary>The emulator's process id (outside a network namespace), for a tracer to attach to.</summary>
    public int ProcessId => _process.Id;

    private EmulatorProcess(string netns, string dataFolder, int smtpPort, int pop3Port, int imapPort, int httpPort, int dnsPort, string[] extraArgs)
    {
        HttpPort = httpPort;
        DataFolder = dataFolder;
        SmtpPort = smtpPort;
        Pop3Port = pop3Port;
        ImapPort = imapPort;
        DnsPort = dnsPort;
        // In a namespace, `ip netns exec` execs dotnet in its own process, so the pid (and SIGTERM) stay right.
        var start = new ProcessStartInfo(netns == null ? "dotnet" : "ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (netns != null)
        {
            foreach (string arg in new[] { "netns", "exec", netns, "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MailAppliance.Emulator.dll"));
        foreach (string arg in new[] { "--data", dataFolder, "--smtp-port", smtpPort.ToString(), "--pop3-port", pop3Port.ToString(), "--imap-port", imapPort.ToString(), "--http-port", httpPort.ToString(), "--dns-port", dnsPort.ToString(), "--trace" })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (string arg in extraArgs)
        {
            start.ArgumentList.Add(arg);
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data == null ? null : "stderr: " + e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts an emulator on a fresh data folder (or the given one) and waits until it is ready.</summary>
    public static EmulatorProcess Start(string dataFolder = null, params string[] extraArgs) => StartIn(null, dataFolder, extraArgs);

    /// <summary>Starts an emulator inside a network namespace (null: this one).</summary>
    public static EmulatorProcess StartIn(string netns, string dataFolder, params string[] extraArgs)
    {
        dataFolder ??= Directory.CreateTempSubdirectory("appliance-data-").FullName;
        // A port free a moment ago can be taken by then (another test's client socket gets the same
        // ephemeral port): the emulator says so and exits, and it is started again on new ports.
        for (int attempt = 1; ; attempt++)
        {
            var emulator = new EmulatorProcess(netns, dataFolder, FreePort(), FreePort(), FreePort(), FreePort(), FreePort(), extraArgs);
            string first = emulator.WaitForLine(line => line == "ready" || line.Contains("is already in use"), "the ready line");
            if (first == "ready" || attempt == 3)
            {
                Assert.AreEqual("ready", first, emulator.Output);
                return emulator;
            }
            emulator.Dispose();
        }
    }

    /// <summary>Runs the emulator with arguments that should make it refuse to start; returns its exit code and output.</summary>
    public static (int ExitCode, string Output) RunToFailure(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MailAppliance.Emulator.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(30000), "emulator did not exit");
        return (process.ExitCode, stdout + stderr);
    }

    /// <summary>All lines printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_sync)
            {
                return string.Join("\n", _lines);
            }
        }
    }

    /// <summary>Blocks until a printed line (past or future) matches; fails after a generous timeout.</summary>
    public string WaitForLine(Func<string, bool> match, string what)
    {
        DateTime deadline = DateTime.UtcNow + LineTimeout;
        lock (_sync)
        {
            while (true)
            {
                foreach (string line in _lines)
                {
                    if (match(line))
                    {
                        return line;
                    }
                }
                TimeSpan left = deadline - DateTime.UtcNow;
                if (_exited || left <= TimeSpan.Zero)
                {
                    Assert.Fail($"emulator never printed {what}; output:\n{string.Join("\n", _lines)}");
                }
                Monitor.Wait(_sync, left);
            }
        }
    }

    /// <summary>Types a line on the emulator's console, which is its standard input.</summary>
    public void TypeOnConsole(string line)
    {
        _process.StandardInput.Write(line + "\n");
        _process.StandardInput.Flush();
    }

    /// <summary>Stops the emulator with SIGTERM and checks it stopped cleanly.</summary>
    public void Stop()
    {
        if (_process.HasExited)
        {
            return;
        }
        Assert.AreEqual(0, kill(_process.Id, 15), "kill -TERM");
        Assert.IsTrue(_process.WaitForExit(30000), "emulator did not stop on SIGTERM");
        _process.WaitForExit();
        Assert.AreEqual(0, _process.ExitCode, Output);
        StringAssert.Contains(Output, "stopped");
    }

    /// <summary>Kills the emulator with SIGKILL, as a crash or a pulled plug would stop it, and waits until it is gone.</summary>
    public void Crash()
    {
        Assert.AreEqual(0, kill(_process.Id, 9), "kill -KILL");
        Assert.IsTrue(_process.WaitForExit(30000), "emulator did not die on SIGKILL");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private void Record(string line)
    {
        lock (_sync)
        {
            if (line == null)
            {
                _exited = true;
            }
            else
            {
                // The console writes CRLF and a prompt before a log line; keep the line itself.
                _lines.Add(line.TrimEnd('\r'));
            }
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>A port the system has just handed out on loopback, so it is free now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
