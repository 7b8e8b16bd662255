using System;

namespace MailAppliance.Benchmarks;

/// <summary>
/// Benchmarks print figures and judge nothing. `memory`: the mail service's peak heap for a
/// 5 KB and a 50 MB message. `nanoclr-memory`: the appliance at its session cap on nanoCLR in a
/// 96 KB heap. `dns`: queries per second and bytes allocated per query. `nanoclr-login`: a
/// password check's cost on nanoCLR and in .NET at several iteration counts. `fuzz [seed] [scale]`:
/// every engine fed mutated input, with counts and any exception. `burst`: 200 connections at a
/// full appliance, how long until each is answered. Without an argument, all.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string which = args.Length > 0 ? args[0] : "all";
        if (which is "memory" or "all")
        {
            MemoryBenchmark.Run();
        }
        if (which is "nanoclr-memory" or "all")
        {
            NanoClrMemoryBenchmark.Run();
        }
        if (which is "dns" or "all")
        {
            DnsBenchmark.Run();
        }
        if (which is "nanoclr-login" or "all")
        {
            NanoClrLoginBenchmark.Run();
        }
        if (which is "fuzz" or "all")
        {
            FuzzBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 1, args.Length > 2 ? int.Parse(args[2]) : 1);
        }
        if (which is "burst" or "all")
        {
            BurstBenchmark.Run();
        }
        if (which is not ("memory" or "nanoclr-memory" or "dns" or "nanoclr-login" or "fuzz" or "burst" or "all"))
        {
            Console.Error.WriteLine("usage: MailAppliance.Benchmarks [memory|nanoclr-memory|dns|nanoclr-login|fuzz [seed] [scale]|burst]");
            return 2;
        }
        return 0;
    }
}
