using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// Runs nanoFramework's Metadata Processor (IL → .pe). It reports some failures only as a
/// line on stderr and still exits 0 ("Exception minimizing assembly", an unresolved load hint:
/// metadata-processor MetadataProcessor.Console/Program.cs), so everything it says beyond its
/// banner is a diagnostic, and the .pe must carry the 1.x runtime's marker.
/// </summary>
public static class MetadataProcessor
{
    /// <summary>What nanoFramework's TypeSystem.cpp accepts from an MDP 3.0.x; MDP 4.x writes NFMRK2, which 1.x rejects.</summary>
    public const string RuntimeMarker = "NFMRK1";

    /// <summary>Turns <paramref name="dll"/> into <paramref name="pe"/>; the result lists what the MDP said, empty on success.</summary>
    public static string[] Run(string dll, string pe, IDictionary<string, string> loadHints)
    {
        var start = new ProcessStartInfo(Toolchain.MetadataProcessor)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var hint in loadHints.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            start.ArgumentList.Add("-loadHints");
            start.ArgumentList.Add(hint.Key);
            start.ArgumentList.Add(hint.Value);
        }
        foreach (string arg in new[] { "-parse", dll, "-compile", pe, "false" })
        {
            start.ArgumentList.Add(arg);
        }
        File.Delete(pe);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        var said = BeyondBanner(stdout).Concat(Lines(stderr.Result)).ToList();
        if (process.ExitCode != 0)
        {
            said.Add($"exit code {process.ExitCode}");
        }
        if (!File.Exists(pe))
        {
            said.Add("no .pe written");
        }
        else if (Encoding.ASCII.GetString(File.ReadAllBytes(pe), 0, RuntimeMarker.Length) != RuntimeMarker)
        {
            said.Add($"the .pe does not start with {RuntimeMarker}: the 1.x runtime would refuse it");
        }
        return said.ToArray();
    }

    /// <summary>The MDP's stdout without the version banner it always prints (ending with its "For documentation" line).</summary>
    private static IEnumerable<string> BeyondBanner(string stdout)
    {
        string[] lines = Lines(stdout).ToArray();
        int end = Array.FindIndex(lines, l => l.StartsWith("For documentation", StringComparison.Ordinal));
        return lines.Skip(end + 1);
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0);
}
