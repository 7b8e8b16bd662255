using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MailAppliance.DeviceBuild;

namespace MailAppliance.NanoClr.Tests;

/// <summary>
/// Builds NFUnitTest against the board's Core and runs it on nanoCLR through
/// nanoFramework.UnitTestLauncher, which prints "Test passed,NAMESPACE.CLASS.METHOD.0,TICKS" or
/// "Test failed,NAME,MESSAGE" per test. A test the launcher never reported failed: when the
/// interpreter crashed or hung, the first of those is the one that was running.
/// </summary>
public static class NanoTestRun
{
    public sealed record Outcome(string Test, bool Passed, string Message);

    /// <summary>The launcher reports after each test; a run this long with no report is a hang.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public static List<Outcome> Run(BuiltAssembly[] core, string output, int heapBytes, Action<string> say)
    {
        var source = new NanoTestSource();
        source.AddMailTranscripts("Smtp");
        source.AddMailTranscripts("Pop3");
        source.AddMailTranscripts("Imap");
        source.AddMailTranscripts("Http");
        source.AddConsoleTranscripts();
        source.AddCases(PortableCases.All());
        Directory.CreateDirectory(output);
        string generated = Path.Combine(output, "NFUnitTest.g.cs");
        File.WriteAllText(generated, source.Text());
        string generatedData = Path.Combine(output, "NFUnitTestData.g.cs");
        File.WriteAllText(generatedData, source.DataText());

        var builder = new DeviceBuilder(output);
        foreach (var assembly in core)
        {
            builder.Adopt(assembly);
        }
        var data = builder.Build(new DeviceProject("NFUnitTestData", () => new[] { DeviceCompiler.ParseFile(generatedData) },
            Exe: false, MscorlibOnly: true, Below: Array.Empty<string>()));
        var project = new DeviceProject("NFUnitTest",
            () => NanoTestSource.PortableFiles().Select(DeviceCompiler.ParseFile).Append(DeviceCompiler.ParseFile(generated)),
            Exe: false, MscorlibOnly: true, Below: core.Select(a => a.Name).Append("NFUnitTestData").ToArray(), TestFramework: true);
        var tests = data == null ? null : builder.Build(project);
        if (tests == null)
        {
            return builder.Problems.Select(p => new Outcome("NFUnitTest build", false, p)).ToList();
        }
        say($"nanoCLR test assembly NFUnitTest: {source.Tests.Count} tests, {tests.PeBytes:N0} bytes .pe");

        string[] pes = new[] { Toolchain.Pe("mscorlib"), Toolchain.Pe("nanoFramework.UnitTestLauncher"), Toolchain.Pe("nanoFramework.TestFramework") }
            .Concat(core.Select(a => a.Pe)).Concat(new[] { data.Pe, tests.Pe }).ToArray();
        var run = DeviceBuild.NanoClr.Execute(pes, heapBytes, Limit);
        string overflow = StringTableOverflow(run.Loading);
        if (overflow != null)
        {
            return new List<Outcome> { new("nanoCLR load", false, overflow) };
        }
        var launcherOrder = LauncherOrder.Read(Path.ChangeExtension(tests.Pe, ".pdbx"), tests.Dll, NanoTestSource.Namespace);
        var outcomes = Outcomes(launcherOrder.Where(source.Tests.Contains).ToList(), source.Tests, run);
        var printed = PrintedBytes(run.Output);
        return outcomes.Select(o => o.Passed && source.DotNetBytes.TryGetValue(o.Test, out byte[] expected) ? Compare(o, expected, printed) : o).ToList();
    }

    /// <summary>
    /// An assembly whose string table reaches 64 KB, as the interpreter's loading lines show it,
    /// or null: nanoFramework indexes strings with 16 bits, and past that the assembly loads
    /// with its own name garbled ("_size"), so the launcher finds no test and says nothing.
    /// </summary>
    public static string StringTableOverflow(string[] loading)
    {
        string assembly = null;
        foreach (string line in loading)
        {
            string trimmed = line.Trim();
            if (trimmed.StartsWith("Total:"))
            {
                // The sums of every assembly follow: no table of one.
                break;
            }
            if (trimmed.StartsWith("Assembly: "))
            {
                assembly = trimmed.Substring(10).Split("   (")[0];
            }
            else if (trimmed.StartsWith("Strings ") && int.TryParse(trimmed.Split('=')[1].Trim().Split(' ')[0], out int bytes) && bytes >= 65_000)
            {
                return $"the string table of {assembly} is {bytes:N0} bytes; nanoFramework's limit is 65,535: move strings to another assembly";
            }
        }
        return null;
    }

    /// <summary>Each generated test's outcome, in the order the launcher runs them.</summary>
    private static List<Outcome> Outcomes(List<string> inLauncherOrder, List<string> generated, DeviceBuild.NanoClr.Run run)
    {
        var expected = inLauncherOrder.Concat(generated.Except(inLauncherOrder)).ToList();
        var reported = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        foreach (string line in run.Output)
        {
            string[] parts = line.Split(',', 3);
            if (parts.Length == 3 && (parts[0] == "Test passed" || parts[0] == "Test failed" || parts[0] == "Test skipped"))
            {
                string name = Shorten(parts[1]);
                reported[name] = new Outcome(name, parts[0] == "Test passed", parts[0] == "Test passed" ? "" : parts[0] + ": " + parts[2]);
            }
        }
        var outcomes = new List<Outcome>();
        bool blamed = false;
        foreach (string test in expected)
        {
            if (reported.Remove(test, out var outcome))
            {
                outcomes.Add(outcome);
                continue;
            }
            string why = run.Failure != null && !blamed
                ? $"{run.Failure} while this test ran (the last one the launcher started)"
                : run.Failure != null ? "not run: nanoCLR stopped before it" : "not reported by the launcher";
            blamed |= run.Failure != null;
            outcomes.Add(new Outcome(test, false, why));
        }
        outcomes.AddRange(reported.Values.Select(o => o with { Passed = false, Message = "reported but not generated: " + o.Message }));
        if (run.Failure != null && !blamed)
        {
            outcomes.Add(new Outcome("nanoCLR run", false, run.Failure + " after the last test"));
        }
        return outcomes;
    }

    /// <summary>The bytes each case printed (CaseBytes: "CASE-BYTES NAME OFFSET HEX" lines, then "CASE-END NAME LENGTH").</summary>
    private static Dictionary<string, byte[]> PrintedBytes(string[] output)
    {
        var parts = new Dictionary<string, MemoryStream>(StringComparer.Ordinal);
        var done = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string line in output)
        {
            string[] words = line.Split(' ');
            if (words.Length == 4 && words[0] == "CASE-BYTES")
            {
                if (!parts.TryGetValue(words[1], out var bytes))
                {
                    parts[words[1]] = bytes = new MemoryStream();
                }
                bytes.Write(Convert.FromHexString(words[3]));
            }
            else if (words.Length == 3 && words[0] == "CASE-END" && int.Parse(words[2]) == (parts.TryGetValue(words[1], out var all) ? all.Length : 0))
            {
                done[words[1]] = all?.ToArray() ?? Array.Empty<byte>();
            }
        }
        return done;
    }

    /// <summary>A case passed on nanoCLR only when it gave .NET's bytes; otherwise the first differing byte is named.</summary>
    private static Outcome Compare(Outcome outcome, byte[] expected, Dictionary<string, byte[]> printed)
    {
        if (!printed.TryGetValue(outcome.Test, out byte[] got))
        {
            return outcome with { Passed = false, Message = "printed no complete bytes" };
        }
        try
        {
            MailAppliance.Core.Tests.Portable.Expect.SameBytes(expected, got, "nanoCLR against .NET");
            return outcome;
        }
        catch (Exception difference)
        {
            return outcome with { Passed = false, Message = difference.Message };
        }
    }

    /// <summary>"NAMESPACE.CLASS.METHOD.0" → "CLASS.METHOD".</summary>
    private static string Shorten(string launcherName)
    {
        string name = launcherName.StartsWith(NanoTestSource.Namespace + ".", StringComparison.Ordinal)
            ? launcherName.Substring(NanoTestSource.Namespace.Length + 1) : launcherName;
        int attribute = name.LastIndexOf('.');
        return attribute > 0 && int.TryParse(name.AsSpan(attribute + 1), out _) ? name.Substring(0, attribute) : name;
    }
}
