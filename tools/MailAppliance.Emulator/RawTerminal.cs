using System;
using System.Diagnostics;
using System.IO;

namespace MailAppliance.Emulator;

/// <summary>
/// The emulator's own terminal made to behave like the board's serial line: raw keys (no line
/// buffering, no echo, no signals from Ctrl-C/Ctrl-Z), so '?', Tab, the arrows and Ctrl-C reach
/// the console at once, as on a serial terminal. Output processing stays on (a "\n" still starts
/// a line). Ctrl-\ stops the emulator, since Ctrl-C now aborts a line as on IOS; SIGTERM still
/// stops it too. The terminal's settings come back when the emulator ends.
/// </summary>
public sealed class RawTerminal : Stream
{
    /// <summary>Ctrl-\ (FS): the key that stops the emulator; it is not passed to the console.</summary>
    public const byte StopKey = 0x1C;

    private readonly Stream _input;
    private readonly string _saved;
    private readonly Action _stop;

    private RawTerminal(Stream input, string saved, Action stop)
    {
        _input = input;
        _saved = saved;
        _stop = stop;
    }

    /// <summary>The raw terminal on standard input, or null when standard input is not a terminal (a pipe, a file) or stty failed.</summary>
    public static RawTerminal TryOpen(Action stop)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }
        string saved = Stty("-g");
        // .NET keeps ISIG on for its Ctrl-C event unless told the key is input.
        Console.TreatControlCAsInput = true;
        if (saved == null || Stty("-icanon -echo -isig -ixon -icrnl -iexten min 1 time 0") == null)
        {
            return null;
        }
        // File descriptor 0 itself: .NET's console stream on a terminal edits lines on its own.
        var input = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(0, false), FileAccess.Read, 1);
        var terminal = new RawTerminal(input, saved.Trim(), stop);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => terminal.Restore();
        return terminal;
    }

    /// <summary>Puts the terminal's settings back.</summary>
    public void Restore() => Stty(_saved);

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = _input.Read(buffer, offset, count);
        int stop = Array.IndexOf(buffer, StopKey, offset, Math.Max(n, 0));
        if (stop >= 0)
        {
            _stop();
            return stop - offset;
        }
        return n;
    }

    // Runs stty on the terminal the emulator was started from (its standard input is inherited).
    private static string Stty(string arguments)
    {
        try
        {
            using var stty = Process.Start(new ProcessStartInfo("stty", arguments) { RedirectStandardOutput = true, UseShellExecute = false });
            string output = stty.StandardOutput.ReadToEnd();
            stty.WaitForExit();
            return stty.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
