using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// One device assembly: its sources, whether it is a program, and what it may reference —
/// the assemblies of ours below it and, unless <see cref="MscorlibOnly"/>, nanoFramework's class libraries.
/// </summary>
public sealed record DeviceProject(string Name, Func<IEnumerable<SyntaxTree>> Sources, bool Exe, bool MscorlibOnly, string[] Below, bool TestFramework = false)
{
    /// <summary>
    /// Core's folders built as assemblies of their own on the device. The Metadata Processor
    /// numbers an assembly's IL with 16 bits (nanoByteCodeTable: "Byte code table overflow"), so
    /// no device assembly may hold more than 64 KB of IL; Core outgrew that with IMAP. On .NET
    /// Core stays one assembly; on the device each folder named here is split off, above Core,
    /// and sees Core's internals (Properties/InternalsVisibleTo.cs, compiled into each).
    /// </summary>
    public static readonly string[] CoreSplits = { "Imap", "Http" };

    /// <summary>Core and its split-off assemblies, bottom up: what the layers above reference.</summary>
    public static readonly string[] CoreAssemblies = new[] { "MailAppliance.Core" }.Concat(CoreSplits.Select(f => "MailAppliance." + f)).ToArray();

    /// <summary>The firmware set as the device projects under firmware/ and tests/ build it, bottom up.</summary>
    public static DeviceProject[] Firmware() => CoreProjects().Concat(new[]
    {
        FromFolder("MailAppliance.Platform", "firmware/MailAppliance.Platform", exe: false, mscorlibOnly: false, CoreAssemblies),
        FromFolder("MailAppliance.Firmware", "firmware/MailAppliance.Firmware", exe: true, mscorlibOnly: false, CoreAssemblies.Append("MailAppliance.Platform").ToArray()),
    }).ToArray();

    /// <summary>Core is mscorlib only (ARCHITECTURE.md): it runs on nanoCLR and .NET alike.</summary>
    public static IEnumerable<DeviceProject> CoreProjects()
    {
        string core = Toolchain.InRepo("firmware", "MailAppliance.Core");
        string Folder(string name) => Path.Combine(core, name) + Path.DirectorySeparatorChar;
        yield return new DeviceProject("MailAppliance.Core",
            () => DeviceCompiler.SourcesOf(core).Where(f => !CoreSplits.Any(s => f.StartsWith(Folder(s), StringComparison.Ordinal))).Select(DeviceCompiler.ParseFile),
            false, true, Array.Empty<string>());
        foreach (string split in CoreSplits)
        {
            yield return new DeviceProject("MailAppliance." + split,
                () => DeviceCompiler.SourcesOf(Folder(split)).Append(Path.Combine(core, "Properties", "InternalsVisibleTo.cs")).Select(DeviceCompiler.ParseFile),
                false, true, new[] { "MailAppliance.Core" });
        }
    }

    /// <summary>The on-device tests (tests/MailAppliance.Device.Tests), named NFUnitTest as the launcher expects.</summary>
    public static DeviceProject OnDeviceTests() =>
        FromFolder("NFUnitTest", "tests/MailAppliance.Device.Tests", exe: false, mscorlibOnly: false, CoreAssemblies.Append("MailAppliance.Platform").ToArray()) with { TestFramework = true };

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
