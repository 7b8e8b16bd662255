using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using MailAppliance.Core.Appliance;
using MailAppliance.DeviceBuild;

namespace MailAppliance.Benchmarks;

/// <summary>
/// What a login's password check costs on the real interpreter (OnNanoClrLogin/LoginCost.cs),
/// at several iteration counts, beside what the same check costs a PC in .NET: the price a board
/// pays per login against the price a PC pays per guess.
/// </summary>
public static class NanoClrLoginBenchmark
{
    public static void Run()
    {
        string output = Path.Combine(Path.GetTempPath(), "mailappliance-nanoclr-login");
        var build = new FirmwareBuild(output, _ => { });
        if (!build.BuildAll())
        {
            Console.WriteLine("nanoCLR login: the device build failed: " + string.Join("; ", build.Builder.Problems));
            return;
        }
        var program = build.Builder.Build(new DeviceProject("LoginCost", () =>
            DeviceCompiler.SourcesOf(Toolchain.InRepo("tools", "MailAppliance.Benchmarks", "OnNanoClrLogin")).Select(DeviceCompiler.ParseFile),
            Exe: true, MscorlibOnly: true, Below: new[] { "MailAppliance.Core" }));
        if (program == null)
        {
            Console.WriteLine("nanoCLR login: the program did not build: " + string.Join("; ", build.Builder.Problems));
            return;
        }
        string[] pes = build.Builder.LoadOrder("MailAppliance.Core").Append(program.Pe).ToArray();
        var run = NanoClr.Execute(pes, 1024 * 1024, TimeSpan.FromMinutes(10));
        Console.WriteLine($"password check (PasswordHash.Verify), now {PasswordHash.Iterations} iterations of SHA-256:");
        Console.WriteLine("  iterations   nanoCLR on this PC (ms)   .NET on this PC (ms)");
        foreach (string line in run.Output.Where(l => l.StartsWith("LOGIN ", StringComparison.Ordinal) && l != "LOGIN done"))
        {
            string[] parts = line.Split(' ');
            int iterations = int.Parse(parts[1]);
            Console.WriteLine($"  {iterations,10}   {parts[2],23}   {DotNetMilliseconds(iterations),20:F3}");
        }
        if (!run.Output.Contains("LOGIN done"))
        {
            Console.WriteLine("  nanoCLR run did not finish: " + (run.Failure ?? string.Join(" | ", run.Output.TakeLast(3))));
        }
    }

    private static double DotNetMilliseconds(int iterations)
    {
        string hash = PasswordHash.Create("admin", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, iterations);
        PasswordHash.Verify("admin", hash);
        int runs = 200;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < runs; i++)
        {
            PasswordHash.Verify("admin", hash);
        }
        return watch.Elapsed.TotalMilliseconds / runs;
    }
}
