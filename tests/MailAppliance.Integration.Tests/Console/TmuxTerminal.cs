using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>
/// A real terminal for a program: a tmux pane on a tmux server of the test's own, driven by
/// send-keys and paste-buffer and read by capture-pane, so the program sees a pty with a line
/// discipline exactly as a teacher's terminal gives it. The pane's output is also piped
/// (pipe-pane) into a FIFO the test reads, so a wait for the screen wakes when the program
/// writes, never on a timer.
/// </summary>
public sealed class TmuxTerminal : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string _socket = "mailappliance-test-" + Guid.NewGuid().ToString("N");
    private readonly string _folder = Directory.CreateTempSubdirectory("tmux-").FullName;
    private readonly AutoResetEvent _output = new(false);

    /// <summary>Runs <paramref name="command"/> in a pane of <paramref name="width"/> x <paramref name="height"/> cells.</summary>
    public TmuxTerminal(int width, int height, params string[] command)
    {
        var args = new System.Collections.Generic.List<string> { "new-session", "-d", "-s", "t", "-x", width.ToString(), "-y", height.ToString() };
        args.AddRange(command);
        Tmux(args.ToArray());
        // The last screen stays readable after the program exits.
        Tmux("set-option", "-t", "t", "remain-on-exit", "on");
        string fifo = Path.Combine(_folder, "output");
        Process.Start("mkfifo", fifo)!.WaitForExit();
        new Thread(() => Watch(fifo)) { IsBackground = true }.Start();
        Tmux("pipe-pane", "-t", "t", "-o", $"cat > '{fifo}'");
    }

    // Signals each time the program writes to the pane.
    private void Watch(string fifo)
    {
        using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Read);
        var buffer = new byte[4096];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
            _output.Set();
        }
        _output.Set();
    }

    /// <summary>Types text literally, as keys.</summary>
    public void Type(string text) => Tmux("send-keys", "-t", "t", "-l", "--", text);

    /// <summary>Presses named keys (tmux names: Enter, Up, Left, C-a, Tab, BSpace ...).</summary>
    public void Press(params string[] keys)
    {
        var args = new System.Collections.Generic.List<string> { "send-keys", "-t", "t" };
        args.AddRange(keys);
        Tmux(args.ToArray());
    }

    /// <summary>Pastes a block as a terminal does: one write, each line ended by CR.</summary>
    public void Paste(string text)
    {
        Tmux("set-buffer", "--", text);
        Tmux("paste-buffer", "-t", "t");
    }

    /// <summary>The pane's text now, lines joined as they wrapped.</summary>
    public string Screen() => Tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "t");

    /// <summary>Waits until the screen satisfies <paramref name="condition"/>; fails naming <paramref name="what"/> and showing the screen.</summary>
    public string WaitFor(Func<string, bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            string screen = Screen();
            if (condition(screen))
            {
                return screen;
            }
            TimeSpan left = Timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero || !_output.WaitOne(left))
            {
                Assert.Fail($"the terminal never showed {what}; it shows:\n{Screen()}");
            }
        }
    }

    /// <summary>The screen's last non-empty line (where the cursor's line usually is).</summary>
    public static string LastLine(string screen)
    {
        string[] lines = screen.TrimEnd('\n', ' ').Split('\n');
        return lines[^1].Trim();
    }

    public void Dispose() => Tmux("kill-server");

    private string Tmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["TERM"] = "xterm";
        Process tmux;
        try
        {
            tmux = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("tmux is not installed; tests/run-all.sh installs it");
            throw;
        }
        string output = tmux.StandardOutput.ReadToEnd();
        string error = tmux.StandardError.ReadToEnd();
        tmux.WaitForExit();
        if (tmux.ExitCode != 0 && args[0] != "kill-server")
        {
            Assert.Fail($"tmux {string.Join(" ", args)}: {error}");
        }
        return output;
    }
}
