using System.ComponentModel;
using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>Runs a client program (swaks, python3, dig, ...) to completion and returns what it printed.</summary>
public static class ProgramRunner
{
    public static (int ExitCode, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Assert.Fail($"{program} is not installed; tests/run-all.sh installs it");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd() + stderr.Result;
            Assert.IsTrue(process.WaitForExit(60000), program + " did not finish");
            return (process.ExitCode, output);
        }
    }
}
