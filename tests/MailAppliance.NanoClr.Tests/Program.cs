using System;
using System.IO;
using System.Linq;
using MailAppliance.DeviceBuild;

namespace MailAppliance.NanoClr.Tests;

/// <summary>
/// The device side of the test command: the board's build of every device assembly (compile +
/// MDP), the deployable image, the firmware set loaded on nanoCLR, then Core's tests on nanoCLR.
/// Prints each failure and ends with "nanoCLR: N passed, N failed", which counts each build
/// step as one test; exit 0 when nothing failed.
/// </summary>
public static class Program
{
    /// <summary>
    /// The heap Core's tests run in: the interpreter's default, 10 MB, in which no test needs the
    /// heap compacted. This host build of nanoCLR crashes (SIGSEGV) when an allocation needs a
    /// compaction — a heap left in small holes, then one large array (README, "Core's tests on
    /// nanoCLR" has the 15-line program that shows it) — so tests run in a board-sized heap would
    /// fail on the interpreter, not on our code. The appliance's fit in 96 KB is the memory benchmark's.
    /// </summary>
    public const int TestHeapBytes = 10 * 1024 * 1024;

    public static int Main(string[] args)
    {
        string output = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "device-build"));
        int passed = 0;
        int failed = 0;
        void Count(bool ok)
        {
            passed += ok ? 1 : 0;
            failed += ok ? 0 : 1;
        }

        var build = new FirmwareBuild(output, Console.WriteLine);
        bool built = build.BuildAll();
        Count(built);
        if (built)
        {
            Count(build.CheckCoreSansIo());
            Count(build.WriteImage());
            Count(build.LoadOnNanoClr());
        }
        var core = DeviceProject.CoreAssemblies.Select(n => (build.Builder.Built.TryGetValue(n, out var a) ? a : null)).ToArray();
        if (core.All(a => a != null))
        {
            var outcomes = NanoTestRun.Run(core, Path.Combine(output, "nanoclr-tests"), TestHeapBytes, Console.WriteLine);
            foreach (var failure in outcomes.Where(o => !o.Passed))
            {
                Console.WriteLine($"  nanoCLR FAILED {failure.Test}: {failure.Message}");
            }
            int ok = outcomes.Count(o => o.Passed);
            Console.WriteLine($"Core's tests on nanoCLR ({TestHeapBytes:N0}-byte heap): {ok} passed, {outcomes.Count - ok} failed");
            passed += ok;
            failed += outcomes.Count - ok;
        }
        else
        {
            Count(false);
        }
        Console.WriteLine($"nanoCLR: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
