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
    public static readonly Lazy<Compilation> Core = new(() => Create(DeviceProject.Firmware()[0]));

    public static readonly Lazy<Compilation> Platform = new(() => Create(DeviceProject.Firmware()[1], Core.Value));

    public static readonly Lazy<Compilation> Firmware = new(() => Create(DeviceProject.Firmware()[2], Core.Value, Platform.Value));

    public static readonly Lazy<Compilation> OnDeviceTests = new(() => Create(DeviceProject.OnDeviceTests(), Core.Value, Platform.Value));

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
