using System;
using System.IO;

namespace MailAppliance.Firmware.Tests;

/// <summary>Where the checkout and the read-only shared/ folder beside it are, found from the test's folder upwards.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindUp("MailAppliance.sln", isFile: true);

    public static readonly string Shared = Path.Combine(FindUp(Path.Combine("shared", "nanoframework-api"), isFile: false), "shared");

    public static string InRepo(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindUp(string relative, bool isFile)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (isFile ? File.Exists(candidate) : Directory.Exists(candidate))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
