using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// One device assembly: its sources, whether it is a program, and what it may reference —
/// the assemblies of ours below it and, unless <see cref="MscorlibOnly"/>, nanoFramework's class libraries.
/// </summary>
public sealed record DeviceProject(string Name, Func<IEnumerable<SyntaxTree>> Sources, bool Exe, bool MscorlibOnly, string[] Below, bool TestFramework = false)
{
    /// <summary>The firmware set as the device projects under firmware/ and tests/ build it, bottom up.</summary>
    public static DeviceProject[] Firmware() => new[]
    {
        // Core is mscorlib only (ARCHITECTURE.md): it runs on nanoCLR and .NET alike.
        FromFolder("MailAppliance.Core", "firmware/MailAppliance.Core", exe: false, mscorlibOnly: true),
        FromFolder("MailAppliance.Platform", "firmware/MailAppliance.Platform", exe: false, mscorlibOnly: false, "MailAppliance.Core"),
        FromFolder("MailAppliance.Firmware", "firmware/MailAppliance.Firmware", exe: true, mscorlibOnly: false, "MailAppliance.Core", "MailAppliance.Platform"),
    };

    /// <summary>The on-device tests (tests/MailAppliance.Device.Tests), named NFUnitTest as the launcher expects.</summary>
    public static DeviceProject OnDeviceTests() =>
        FromFolder("NFUnitTest", "tests/MailAppliance.Device.Tests", exe: false, mscorlibOnly: false, "MailAppliance.Core", "MailAppliance.Platform") with { TestFramework = true };

    public static DeviceProject FromFolder(string name, string folder, bool exe, bool mscorlibOnly, params string[] below) =>
        new(name, () => DeviceCompiler.SourcesOf(Toolchain.InRepo(folder.Split('/'))).Select(DeviceCompiler.ParseFile), exe, mscorlibOnly, below);

    /// <summary>The nanoFramework assemblies this project compiles against.</summary>
    public IEnumerable<string> FrameworkReferences()
    {
        yield return "mscorlib";
        if (!MscorlibOnly)
        {
            foreach (string library in Toolchain.ClassLibraries())
            {
                yield return library;
            }
        }
        if (TestFramework)
        {
            yield return "nanoFramework.TestFramework";
        }
    }
}
