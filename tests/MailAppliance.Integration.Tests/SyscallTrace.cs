using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// strace attached to the running emulator, on every thread, printing the paths of file
/// descriptors (-y): what the appliance asked of the kernel while a test talked to it.
/// </summary>
public sealed class SyscallTrace : IDisposable
{
    private readonly Process _strace;
    private readonly string _log;
    private string[] _calls;

    private SyscallTrace(Process strace, string log)
    {
        _strace = strace;
        _log = log;
    }

    /// <summary>Attaches to <paramref name="emulator"/>, tracing <paramref name="calls"/> (strace's trace= list); returns once attached.</summary>
    public static SyscallTrace Attach(EmulatorProcess emulator, string calls)
    {
        string log = Path.Combine(emulator.DataFolder, "..", Path.GetFileName(emulator.DataFolder) + ".strace");
        var start = new ProcessStartInfo("strace") { RedirectStandardError = true };
        foreach (string arg in new[] { "-f", "-y", "-s", "64", "-e", "trace=" + calls, "-o", log, "-p", emulator.ProcessId.ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        var strace = Process.Start(start)!;
        string line;
        while ((line = strace.StandardError.ReadLine()) != null && !line.Contains("attached"))
        {
        }
        Assert.IsNotNull(line, "strace did not attach (is it installed, and may this user trace?)");
        return new SyscallTrace(strace, log);
    }

    /// <summary>Detaches and returns the calls traced, one per line.</summary>
    public string[] Stop()
    {
        if (_calls == null)
        {
            ProgramRunner.Run("kill", "-INT", _strace.Id.ToString());
            Assert.IsTrue(_strace.WaitForExit(30000), "strace did not stop");
            _calls = File.ReadAllLines(_log);
        }
        return _calls;
    }

    /// <summary>The index of the first call to <paramref name="call"/> that mentions <paramref name="argument"/>; fails when none does.</summary>
    public static int Find(string[] calls, string call, string argument)
    {
        for (int i = 0; i < calls.Length; i++)
        {
            if (calls[i].Contains(call) && calls[i].Contains(argument))
            {
                return i;
            }
        }
        Assert.Fail($"no {call}...{argument} in the trace:\n{string.Join("\n", calls)}");
        return -1;
    }

    public void Dispose()
    {
        if (_calls == null && !_strace.HasExited)
        {
            _strace.Kill();
        }
        _strace.Dispose();
    }
}
