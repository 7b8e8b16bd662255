using System;
using System.IO;
using System.Linq;
using MailAppliance.DeviceBuild;

namespace MailAppliance.Benchmarks;

/// <summary>
/// The appliance at its session cap on the real interpreter (OnNanoClr/AtCapScenario.cs), with
/// every firmware assembly loaded: what it holds when loaded, idle, at the peak and at the end
/// (GC.Run(false) in a roomy heap), whether it runs in the 96 KB heap of a plain ESP32, and the
/// heaps from 64 to 320 KB it runs to the end in; on the toolchain's interpreter and, when
/// MAILAPPLIANCE_NANOCLR names one, on another build of it (README: a 32-bit one, as the board's).
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
            Exe: true, MscorlibOnly: false, Below: DeviceProject.CoreAssemblies.Append("MailAppliance.Platform").Append(FirmwareBuild.Program).ToArray()));
        if (scenario == null)
        {
            Console.WriteLine("nanoCLR memory: the scenario did not build: " + string.Join("; ", build.Builder.Problems));
            return;
        }
        string[] pes = build.Builder.LoadOrder(FirmwareBuild.Program).Append(scenario.Pe).ToArray();

        Console.WriteLine($"nanoCLR at the session cap: {pes.Length - 1} firmware assemblies loaded, 2 SMTP mid-DATA, 2 POP3 mid-RETR of 1 MB, DNS UDP + TCP, DHCP 50 leases, console with debug all; then SMTP mid-DATA, POP3 mid-RETR, IMAP in IDLE and IMAP mid-FETCH of 1 MB; then SMTP mid-DATA, IMAP in IDLE and 2 HTTP downloads of 1 MB");
        Measure(pes, Toolchain.NanoClr);
        // The board runs a 32-bit interpreter: 12-byte heap blocks where the toolchain's 64-bit
        // host build has 24, and a compaction that works (README, "Memory on the real runtime").
        string other = Environment.GetEnvironmentVariable(OtherInterpreter);
        if (!string.IsNullOrEmpty(other))
        {
            Measure(pes, other);
        }
    }

    /// <summary>Names another build of nanoCLR to measure as well, such as a 32-bit one.</summary>
    public const string OtherInterpreter = "MAILAPPLIANCE_NANOCLR";

    private static void Measure(string[] pes, string interpreter)
    {
        Console.WriteLine($"  interpreter {interpreter} ({Bits(interpreter)}-bit):");
        // In a heap too big to fill, "heap - free" after each collection is what the appliance holds.
        var roomy = Run(pes, RoomyHeap, interpreter);
        Console.WriteLine($"    held at each stage (heap of {RoomyHeap:N0} bytes: {(roomy.Complete ? "ran to the end" : roomy.Failure)}):");
        foreach (var (stage, free) in roomy.Free)
        {
            Console.WriteLine($"      {stage,-11} {RoomyHeap - free,9:N0} bytes");
        }
        var board = Run(pes, NanoClr.BoardHeapBytes, interpreter);
        Console.WriteLine($"    heap {NanoClr.BoardHeapBytes:N0} bytes: {(board.Complete ? "ran to the end" : "DID NOT run to the end: " + board.Failure)}");
        foreach (var (stage, free) in board.Free)
        {
            Console.WriteLine($"      {stage,-11} {free,9:N0} bytes free");
        }
        // Not a bisection: near the live peak, whether a run ends also depends on whether the
        // heap needed compacting, which crashes the 64-bit host build.
        Console.Write("    heaps the whole scenario ran in (KB):");
        for (int kilobytes = 64; kilobytes <= 320; kilobytes += 16)
        {
            Console.Write(Run(pes, kilobytes * 1024, interpreter).Complete ? $" {kilobytes}" : $" ({kilobytes} no)");
        }
        Console.WriteLine();
    }

    // ELF's EI_CLASS byte: 1 for 32-bit, 2 for 64-bit.
    private static int Bits(string interpreter)
    {
        using var file = File.OpenRead(interpreter);
        var header = new byte[5];
        return file.Read(header, 0, 5) == 5 && header[4] == 1 ? 32 : 64;
    }

    private const int RoomyHeap = 4 * 1024 * 1024;

    private sealed record Outcome(bool Complete, string Failure, (string Stage, long Free)[] Free);

    private static Outcome Run(string[] pes, int heapBytes, string interpreter)
    {
        var run = NanoClr.Execute(pes, heapBytes, TimeSpan.FromMinutes(5), interpreter: interpreter);
        var free = run.Output.Where(l => l.StartsWith("MEMORY ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')).Select(p => (p[1], long.Parse(p[2]))).ToArray();
        bool complete = run.Failure == null && run.Output.Any(l => l.StartsWith("SCENARIO complete", StringComparison.Ordinal) && l.EndsWith("measured=yes"));
        string failed = run.Output.FirstOrDefault(l => l.StartsWith("SCENARIO failed", StringComparison.Ordinal));
        return new Outcome(complete, run.Failure ?? failed ?? (complete ? null : "no SCENARIO line: " + string.Join(" | ", run.Output.TakeLast(3))), free);
    }
}
