using System;
using System.IO;
using System.Linq;
using MailAppliance.DeviceBuild;

namespace MailAppliance.Benchmarks;

/// <summary>
/// The appliance at its session cap on the real interpreter (OnNanoClr/AtCapScenario.cs), with
/// every firmware assembly loaded, in the 96 KB heap of a plain ESP32: free heap when loaded, idle,
/// at the peak and at the end, then the smallest heap in which the whole scenario still runs.
/// </summary>
public static class NanoClrMemoryBenchmark
{
    public static void Run()
    {
        string output = Path.Combine(Path.GetTempPath(), "mailappliance-nanoclr-memory");
        var build = new FirmwareBuild(output, _ => { });
        if (!build.BuildAll())
        {
            Console.WriteLine("nanoCLR memory: the device build failed: " + string.Join("; ", build.Builder.Problems));
            return;
        }
        var scenario = build.Builder.Build(new DeviceProject("AtCapScenario", () =>
            DeviceCompiler.SourcesOf(Toolchain.InRepo("tools", "MailAppliance.Benchmarks", "OnNanoClr"))
                .Concat(new[] { "Portable/DhcpMessage.cs", "Portable/DnsQuery.cs", "Fakes/ByteBuffer.cs", "Fakes/Latin1.cs" }
                    .Select(f => Toolchain.InRepo("tests", "MailAppliance.Core.Tests", f)))
                .Select(DeviceCompiler.ParseFile),
            Exe: true, MscorlibOnly: false, Below: new[] { "MailAppliance.Core", "MailAppliance.Platform", FirmwareBuild.Program }));
        if (scenario == null)
        {
            Console.WriteLine("nanoCLR memory: the scenario did not build: " + string.Join("; ", build.Builder.Problems));
            return;
        }
        string[] pes = build.Builder.LoadOrder(FirmwareBuild.Program).Append(scenario.Pe).ToArray();

        Console.WriteLine($"nanoCLR at the session cap: {pes.Length - 1} firmware assemblies loaded, 2 SMTP mid-DATA, 2 POP3 mid-RETR of 1 MB, DNS UDP + TCP, DHCP 50 leases, console with debug all");
        var board = Measure(pes, NanoClr.BoardHeapBytes);
        Console.WriteLine($"  heap {NanoClr.BoardHeapBytes:N0} bytes: {(board.Complete ? "ran to the end" : "DID NOT run to the end: " + board.Failure)}");
        foreach (string line in board.Memory)
        {
            Console.WriteLine("    free " + line);
        }
        int low = 32 * 1024;
        int high = board.Complete ? NanoClr.BoardHeapBytes : 1024 * 1024;
        while (high - low > 1024)
        {
            int middle = (low + high) / 2 / 256 * 256;
            if (Measure(pes, middle).Complete)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        Console.WriteLine($"  smallest heap in which the whole scenario runs: {high:N0} bytes (to 1 KB)");
    }

    private sealed record Outcome(bool Complete, string Failure, string[] Memory);

    private static Outcome Measure(string[] pes, int heapBytes)
    {
        var run = NanoClr.Execute(pes, heapBytes, TimeSpan.FromMinutes(5));
        string[] memory = run.Output.Where(l => l.StartsWith("MEMORY ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')).Select(p => $"{p[1],-11} {long.Parse(p[2]),9:N0} bytes").ToArray();
        bool complete = run.Failure == null && run.Output.Any(l => l.StartsWith("SCENARIO complete", StringComparison.Ordinal) && l.EndsWith("measured=yes"));
        return new Outcome(complete, run.Failure ?? (complete ? null : "no SCENARIO line: " + string.Join(" | ", run.Output.TakeLast(3))), memory);
    }
}
