using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>
/// The console through real terminals, as a teacher meets it: the emulator in its own terminal
/// (a tmux pane), and picocom on a serial line (a socat pty pair) to the emulator's --serial.
/// Each checks editing, history, '?', Tab, paging, Ctrl-C and a pasted configuration block.
/// </summary>
[TestClass]
public sealed class TerminalTests
{
    private const string Prompt = "MailAppliance#";

    [TestMethod]
    public void TheEmulatorsOwnTerminalIsRawLikeASerialLine()
    {
        string data = Directory.CreateTempSubdirectory("appliance-data-").FullName;
        using var terminal = new TmuxTerminal(120, 40, "dotnet", Path.Combine(AppContext.BaseDirectory, "MailAppliance.Emulator.dll"),
            "--data", data, "--smtp-port", EmulatorProcess.FreePort().ToString(), "--pop3-port", EmulatorProcess.FreePort().ToString(), "--imap-port", EmulatorProcess.FreePort().ToString(), "--http-port", EmulatorProcess.FreePort().ToString(),
            "--dns-port", EmulatorProcess.FreePort().ToString());
        terminal.WaitFor(s => s.Contains("ready") && TmuxTerminal.LastLine(s) == Prompt, "the ready line and the prompt");
        StringAssert.Contains(terminal.Screen(), "Ctrl-\\ stops the appliance");

        Exercise(terminal, "C-a");

        terminal.Press("C-\\");
        terminal.WaitFor(s => s.Contains("stopped"), "the emulator stopping on Ctrl-\\");
    }

    [TestMethod]
    public void PicocomOnTheSerialConsole()
    {
        using var pty = new PtyPair();
        using var emulator = EmulatorProcess.Start(null, "--serial", pty.Appliance);
        using var terminal = new TmuxTerminal(120, 40, "picocom", "-q", "-b", "115200", pty.Terminal);
        terminal.Press("Enter");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == Prompt, "the prompt through picocom");
        Exercise(terminal, "Home");
        emulator.Stop();
    }

    // The same keys on either terminal; each step waits for what IOS would show.
    // picocom keeps Ctrl-A for itself (its escape key), so there the Home key goes to the start.
    private static void Exercise(TmuxTerminal terminal, string home)
    {
        // Editing: "sow users", to the start, Ctrl-F, "h": the line run is "show users".
        terminal.Type("sow users");
        terminal.Press(home, "C-f");
        terminal.Type("h");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == Prompt + "show users", "the inserted h redrawn");
        terminal.Press("Enter");
        terminal.WaitFor(s => s.Contains("client1") && TmuxTerminal.LastLine(s) == Prompt, "show users' table");

        // History: Up recalls it; Ctrl-U empties the line again.
        terminal.Press("Up");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == Prompt + "show users", "Up recalling show users");
        terminal.Press("C-u");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == Prompt, "Ctrl-U");

        // '?' answers at once, without Enter; Tab completes.
        terminal.Type("show ip ?");
        terminal.WaitFor(s => s.Contains("  dhcp ") && s.Contains("  interface ") && TmuxTerminal.LastLine(s) == Prompt + "show ip", "help for show ip");
        terminal.Press("C-u");
        terminal.Type("conf");
        terminal.Press("Tab");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == Prompt + "configure", "Tab completing configure");
        terminal.Press("C-u");

        // Ctrl-C aborts the line; the appliance keeps running.
        terminal.Type("abc");
        terminal.Press("C-c");
        terminal.WaitFor(s => s.Contains(Prompt + "abc^C") && TmuxTerminal.LastLine(s) == Prompt, "Ctrl-C aborting the line");

        // Paging at terminal length 5: --More--, then q.
        terminal.Type("terminal length 5");
        terminal.Press("Enter");
        terminal.Type("show running-config");
        terminal.Press("Enter");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == "--More--", "the pager");
        terminal.Type("q");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == Prompt, "q ending the output");

        // A pasted block loses no line: no question takes one as its answer.
        terminal.Type("terminal length 0");
        terminal.Press("Enter");
        terminal.Paste("configure terminal\nusername pasted1 password one\nno username client2\nusername pasted2 password two\nhostname pasted\nend\n");
        terminal.WaitFor(s => TmuxTerminal.LastLine(s) == "pasted#", "the pasted block run to its end");
        terminal.Type("show running-config | include ^username");
        terminal.Press("Enter");
        // The show's own line for pasted2 (the pasted line's echo begins with the prompt).
        string screen = terminal.WaitFor(s => TmuxTerminal.LastLine(s) == "pasted#" && s.Split('\n').Any(l => l.StartsWith("username pasted2 secret")), "the users after the paste");
        string[] users = screen.Split('\n').Select(l => l.TrimEnd()).Where(l => l.StartsWith("username ")).Select(l => l.Split(' ')[1]).ToArray();
        CollectionAssert.AreEqual(new[] { "client1", "pasted1", "pasted2" }, users, screen);
    }
}
