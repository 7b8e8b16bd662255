using System;
using System.Linq;
using MailAppliance.DeviceBuild;
using Microsoft.CodeAnalysis;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>
/// The device assemblies as compilations (for checks that read their syntax or symbols),
/// built as tools/MailAppliance.DeviceBuild builds them for the board: C# 9, NoStdLib,
/// nanoFramework's mscorlib and the real class libraries of shared/nanoframework-toolchain.
/// </summary>
public static class DeviceSources
{
    public static readonly Lazy<Compilation> Core = new(() => Create(Project("MailAppliance.Core")));

    /// <summary>Core's folders the device build makes assemblies of their own (DeviceProject.CoreSplits).</summary>
    public static readonly Lazy<Compilation[]> CoreSplits = new(() =>
        DeviceProject.CoreSplits.Select(s => Create(Project("MailAppliance." + s), Core.Value)).ToArray());

    public static readonly Lazy<Compilation> Platform = new(() => Create(Project("MailAppliance.Platform"), CoreSplits.Value.Prepend(Core.Value).ToArray()));

    public static readonly Lazy<Compilation> Firmware = new(() => Create(Project("MailAppliance.Firmware"), CoreSplits.Value.Prepend(Core.Value).Append(Platform.Value).ToArray()));

    public static readonly Lazy<Compilation> OnDeviceTests = new(() => Create(DeviceProject.OnDeviceTests(), CoreSplits.Value.Prepend(Core.Value).Append(Platform.Value).ToArray()));

    /// <summary>Every device compilation of ours: what the source rules scan.</summary>
    public static Compilation[] All() =>
        CoreSplits.Value.Prepend(Core.Value).Concat(new[] { Platform.Value, Firmware.Value, OnDeviceTests.Value }).ToArray();

    private static DeviceProject Project(string name) => DeviceProject.Firmware().Single(p => p.Name == name);

    /// <summary>A snippet compiled against every nanoFramework library the device projects may use.</summary>
    public static Compilation Snippet(string source) =>
        DeviceCompiler.Create("Probe", new[] { DeviceCompiler.ParseText(source) },
            new DeviceProject("Probe", null, Exe: false, MscorlibOnly: false, Below: Array.Empty<string>()).FrameworkReferences().Select(Toolchain.Dll));

    public static string[] Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();

    private static Compilation Create(DeviceProject project, params Compilation[] below) =>
        DeviceCompiler.Create(project.Name, project.Sources(), project.FrameworkReferences().Select(Toolchain.Dll))
            .AddReferences(below.Select(c => c.ToMetadataReference()));
}
