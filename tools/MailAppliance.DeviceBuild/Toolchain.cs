using System;
using System.IO;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// Where the checkout and nanoFramework's real tools are: ../shared/nanoframework-toolchain
/// beside the checkout (the MDP, the class libraries, nanoCLR), and the CoreLibrary package's
/// mscorlib copied next to this program.
/// </summary>
public static class Toolchain
{
    public static readonly string RepoRoot = FindUp("MailAppliance.sln", isFile: true);

    public static readonly string Shared = Path.Combine(FindUp(Path.Combine("shared", "nanoframework-toolchain"), isFile: false), "shared");

    public static readonly string Root = Path.Combine(Shared, "nanoframework-toolchain");

    public static string MetadataProcessor => Path.Combine(Root, "mdp", "nanoFramework.Tools.MetadataProcessor");

    public static string NanoClr => Path.Combine(Root, "nanoclr", "bin", "nanoFramework.nanoCLR.test");

    /// <summary>The IL image (".dll") of a nanoFramework assembly: mscorlib from the package, the others from the toolchain.</summary>
    public static string Dll(string assembly) => assembly == "mscorlib"
        ? Path.Combine(AppContext.BaseDirectory, "nano", "mscorlib.dll")
        : Path.Combine(Root, "libs", assembly + (assembly == "nanoFramework.UnitTestLauncher" ? ".exe" : ".dll"));

    /// <summary>The loadable image (".pe") of a nanoFramework assembly.</summary>
    public static string Pe(string assembly) => assembly == "mscorlib"
        ? Path.Combine(AppContext.BaseDirectory, "nano", "mscorlib.pe")
        : Path.Combine(Root, "libs", assembly + ".pe");

    /// <summary>Every class library the toolchain has, by assembly name (the test framework and its launcher apart).</summary>
    public static string[] ClassLibraries()
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (string dll in Directory.GetFiles(Path.Combine(Root, "libs"), "*.dll"))
        {
            string name = Path.GetFileNameWithoutExtension(dll);
            if (!name.StartsWith("nanoFramework.TestFramework", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }
        names.Sort(StringComparer.Ordinal);
        return names.ToArray();
    }

    public static string InRepo(params string[] parts) => Path.Combine(RepoRoot, Path.Combine(parts));

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
