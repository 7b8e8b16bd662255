using System.IO;
using MailAppliance.DeviceBuild;

namespace MailAppliance.Firmware.Tests;

/// <summary>Where the checkout and the read-only shared/ folder beside it are (found by the device build's <see cref="Toolchain"/>).</summary>
public static class RepoPaths
{
    public static string Root => Toolchain.RepoRoot;

    public static string Shared => Toolchain.Shared;

    public static string InRepo(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
}
