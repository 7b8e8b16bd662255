using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// Runs .pe files on the nanoCLR interpreter (toolchain README): mscorlib first, the program
/// last. Its exit status says nothing about the program, so callers read what it printed;
/// a native crash (a signal) or a run past the time limit is reported as such.
/// </summary>
public static class NanoClr
{
    /// <summary>A plain ESP32's heap for the whole appliance (ARCHITECTURE.md: 96 KB).</summary>
    public const int BoardHeapBytes = 98_304;

    public sealed record Run(string[] Loading, string[] Output, bool Crashed, bool TimedOut, int ExitCode)
    {
        public string Failure =>
            Crashed ? $"nanoCLR crashed (exit {ExitCode})"
            : TimedOut ? "nanoCLR did not finish in time"
            : !Loading.Contains("Ready.") ? "nanoCLR did not load the assemblies: " + string.Join(" | ", Loading.Where(l => !l.StartsWith(" ")).TakeLast(6))
            : !Output.Contains("Done.") ? "the program did not return from Main"
            : null;
    }

    /// <param name="interpreter">Another build of the interpreter (a benchmark's choice); the toolchain's by default.</param>
    public static Run Execute(IEnumerable<string> peFiles, int heapBytes, TimeSpan limit, Action<string> onLine = null, string interpreter = null)
    {
        // stdbuf: without it, what the program printed before a native crash is lost in the pipe's buffer.
        var start = new ProcessStartInfo("stdbuf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-o0");
        start.ArgumentList.Add(interpreter ?? Toolchain.NanoClr);
        foreach (string pe in peFiles)
        {
            start.ArgumentList.Add(pe);
        }
        start.Environment["NANOCLR_HEAP_BYTES"] = heapBytes.ToString();

        var loading = new List<string>();
        var output = new List<string>();
        bool ready = false;
        using var process = new Process { StartInfo = start };
        void Take(string line)
        {
            if (line == null)
            {
                return;
            }
            lock (output)
            {
                if (!ready)
                {
                    loading.Add(line);
                    ready = line == "Ready.";
                    return;
                }
                output.Add(line);
            }
            onLine?.Invoke(line);
        }
        process.OutputDataReceived += (_, e) => Take(e.Data);
        process.ErrorDataReceived += (_, e) => Take(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool exited = process.WaitForExit((int)limit.TotalMilliseconds);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }
        // The call without a timeout also waits for the last redirected lines to be read.
        process.WaitForExit();
        // A signal ends the host program with 128 + its number (SIGSEGV: 139, SIGABRT: 134).
        bool crashed = exited && process.ExitCode > 128;
        lock (output)
        {
            return new Run(loading.ToArray(), output.ToArray(), crashed, !exited, exited ? process.ExitCode : -1);
        }
    }
}
