using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace MailAppliance.Firmware.Tests.Flashing;

/// <summary>
/// flash.ps1 run under PowerShell 7 (the repository's local tool, restored by the test command),
/// from a scratch copy of the script and board-configs/ so nothing is written into the checkout.
/// Fake <c>dotnet</c> and <c>nanoff</c> commands, first on PATH, log their arguments for the runs
/// that are not -WhatIf.
/// </summary>
public sealed class FlashScript : IDisposable
{
    public readonly string Folder = Directory.CreateTempSubdirectory("flash-").FullName;
    public string Log => Path.Combine(Folder, "commands.log");
    public string Image => Path.Combine(Folder, "firmware", "MailAppliance.Firmware", "bin", "Release", "netnano1.0", "MailAppliance.Firmware.bin");
    public string DeployList => Path.Combine(Folder, "firmware", "MailAppliance.Firmware", "bin", "Release", "board-deploy.json");
    public string Project => Path.Combine(Folder, "firmware", "MailAppliance.Firmware", "MailAppliance.Firmware.csproj");
    public string Boards => Path.Combine(Folder, "board-configs");

    private readonly string _fakes;

    /// <summary>DOTNET_CLI_HOME for the script: a fresh nanoff install lands in its .dotnet/tools.</summary>
    public string Home => Path.Combine(Folder, "home");

    /// <param name="nanoffOnPath">false: nanoff is only in ~/.dotnet/tools, as right after a first install.</param>
    public FlashScript(bool nanoffOnPath = true)
    {
        File.Copy(RepoPaths.InRepo("flash.ps1"), Path.Combine(Folder, "flash.ps1"));
        Directory.CreateDirectory(Boards);
        foreach (string file in Directory.GetFiles(RepoPaths.InRepo("board-configs")))
        {
            File.Copy(file, Path.Combine(Boards, Path.GetFileName(file)));
        }
        _fakes = Path.Combine(Folder, "fakes");
        Directory.CreateDirectory(_fakes);
        WriteFake(Path.Combine(_fakes, "dotnet"), """
            echo "dotnet $*" >> "$FAKE_LOG"
            if [ "$1" = build ]; then mkdir -p "$(dirname "$FAKE_IMAGE")" && : > "$FAKE_IMAGE"; fi
            exit 0
            """);
        string nanoffFolder = nanoffOnPath ? _fakes : Path.Combine(Home, ".dotnet", "tools");
        Directory.CreateDirectory(nanoffFolder);
        WriteFake(Path.Combine(nanoffFolder, "nanoff"), """
            echo "nanoff $*" >> "$FAKE_LOG"
            if [ -n "$FAKE_NANOFF_FAIL" ] && [ "$2" = "$FAKE_NANOFF_FAIL" ]; then echo "E2000: could not connect"; exit 1; fi
            exit 0
            """);
    }

    /// <summary>Runs the script with these arguments; <paramref name="failingNanoff"/> makes the fake nanoff fail when its second argument is that word.</summary>
    public (int Exit, string Output, string Errors) Run(string arguments, string failingNanoff = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-Command",
            $"$env:PATH = '{_fakes}' + [IO.Path]::PathSeparator + $env:PATH; $env:DOTNET_CLI_HOME = '{Home}'; & '{Path.Combine(Folder, "flash.ps1")}' {arguments}; exit $LASTEXITCODE" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["FAKE_LOG"] = Log;
        start.Environment["FAKE_IMAGE"] = Image;
        start.Environment["FAKE_NANOFF_FAIL"] = failingNanoff ?? "";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    /// <summary>The commands the fakes were run with, in order.</summary>
    public string[] Commands() => File.Exists(Log) ? File.ReadAllLines(Log) : Array.Empty<string>();

    /// <summary>The "What if:" lines: the commands -WhatIf says it would run.</summary>
    public static List<string> WhatIf(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("What if:", StringComparison.Ordinal)).ToList();

    public void Dispose() => Directory.Delete(Folder, true);

    private static void WriteFake(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        // The fakes are shell scripts: these tests run where CI does, on Linux.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
