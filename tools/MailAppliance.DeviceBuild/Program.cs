using System;
using System.IO;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// dotnet run --project tools/MailAppliance.DeviceBuild [-- --out DIR]: builds the board's
/// application image without the nanoFramework SDK and checks it loads on nanoCLR.
/// Exit 0 when every step passed.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string output = args.Length == 2 && args[0] == "--out" ? Path.GetFullPath(args[1]) : Path.GetFullPath("device-build");
        if (args.Length != 0 && args.Length != 2)
        {
            Console.Error.WriteLine("usage: MailAppliance.DeviceBuild [--out DIR]");
            return 2;
        }
        var build = new FirmwareBuild(output, Console.WriteLine);
        bool ok = build.Run();
        Console.WriteLine(ok ? $"image: {build.Image}" : "device build FAILED");
        return ok ? 0 : 1;
    }
}
