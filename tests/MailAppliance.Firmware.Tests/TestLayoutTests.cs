using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests;

/// <summary>
/// tests/ mirrors firmware/: the tests of a file are at the same relative place in the project's
/// test project, so whoever changes a file finds its tests without searching.
/// </summary>
[TestClass]
public sealed class TestLayoutTests
{
    private static readonly string[][] Projects =
    {
        new[] { "tests/MailAppliance.Core.Tests", "firmware/MailAppliance.Core" },
        new[] { "tests/MailAppliance.Platform.Tests", "firmware/MailAppliance.Platform" },
        new[] { "tests/MailAppliance.Firmware.Tests", "firmware/MailAppliance.Firmware" },
    };

    // Test folders for what is not in a firmware project: the build tool and the flashing script.
    private static readonly Dictionary<string, string> Elsewhere = new()
    {
        ["tests/MailAppliance.Firmware.Tests/DeviceBuild"] = "tools/MailAppliance.DeviceBuild",
        ["tests/MailAppliance.Firmware.Tests/Flashing"] = "flash.ps1",
    };

    public static IEnumerable<object[]> Pairs() => Projects.Select(p => new object[] { p[0], p[1] });

    [TestMethod]
    [DynamicData(nameof(Pairs))]
    public void EveryTestFolderIsAFolderOfTheProject(string tests, string project)
    {
        foreach (string file in TestFiles(tests))
        {
            string folder = Path.GetDirectoryName(Path.GetRelativePath(RepoPaths.Root, file))!.Replace('\\', '/');
            if (Elsewhere.TryGetValue(folder, out string target))
            {
                Assert.IsTrue(File.Exists(RepoPaths.InRepo(target)) || Directory.Exists(RepoPaths.InRepo(target)), target);
                continue;
            }
            string mirrored = Path.Combine(RepoPaths.InRepo(project), Path.GetRelativePath(RepoPaths.InRepo(tests), Path.GetDirectoryName(file)!));
            Assert.IsTrue(Directory.Exists(mirrored), $"{Path.GetRelativePath(RepoPaths.Root, file)}: {project} has no such folder");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Pairs))]
    public void TestsNamedAfterAFileSitBesideItsPlace(string tests, string project)
    {
        var sources = Directory.GetFiles(RepoPaths.InRepo(project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .GroupBy(f => Path.GetFileNameWithoutExtension(f))
            .ToDictionary(g => g.Key, g => g.Select(f => Path.GetDirectoryName(Path.GetRelativePath(RepoPaths.InRepo(project), f))!).ToArray());
        foreach (string file in TestFiles(tests))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            string subject = name[..^5]; // without "Tests" or "Cases"
            if (!sources.TryGetValue(subject, out string[] folders))
            {
                continue;
            }
            string folder = Path.GetDirectoryName(Path.GetRelativePath(RepoPaths.InRepo(tests), file))!;
            CollectionAssert.Contains(folders, folder, $"{name} tests {subject}.cs, which is in {project}/{string.Join(", ", folders)}");
        }
    }

    // Files holding test classes (*Tests.cs on .NET, *Cases.cs on .NET and nanoCLR); helpers are free.
    private static IEnumerable<string> TestFiles(string tests) =>
        Directory.GetFiles(RepoPaths.InRepo(tests), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Where(f => Path.GetFileName(f).EndsWith("Tests.cs") || Path.GetFileName(f).EndsWith("Cases.cs"));

    private static bool IsBuildOutput(string file)
    {
        string s = file.Replace('\\', '/');
        return s.Contains("/obj/") || s.Contains("/bin/");
    }
}
