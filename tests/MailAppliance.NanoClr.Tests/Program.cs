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
    /// The heap Core's tests run in: the board's 96 KB plus 32 KB for what only tests hold (the
    /// test assembly's scenario data, the fakes' copies of every message, the screens they compare).
    /// The appliance's own fit in 96 KB is the memory benchmark's to show.
    /// </summary>
    public const int TestHeapBytes = 131_072;

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
            Count(build.WriteImage());
            Count(build.LoadOnNanoClr());
        }
        if (build.Builder.Built.TryGetValue("MailAppliance.Core", out var core))
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
