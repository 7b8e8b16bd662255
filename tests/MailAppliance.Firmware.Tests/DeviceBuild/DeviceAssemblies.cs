using System;
using Microsoft.CodeAnalysis;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>The device assemblies as the device projects build them, each referencing the ones below it; compiled once per test run.</summary>
public static class DeviceAssemblies
{
    public static readonly Lazy<Compilation> Core = new(() => Compile("MailAppliance.Core", "firmware", "MailAppliance.Core"));

    public static readonly Lazy<Compilation> Platform = new(() => Compile("MailAppliance.Platform", "firmware", "MailAppliance.Platform", Core.Value));

    public static readonly Lazy<Compilation> Firmware = new(() => Compile("MailAppliance.Firmware", "firmware", "MailAppliance.Firmware", Core.Value, Platform.Value));

    public static readonly Lazy<Compilation> OnDeviceTests = new(() => Compile("NFUnitTest", "tests", "MailAppliance.Device.Tests", Core.Value, Platform.Value));

    private static Compilation Compile(string name, string area, string folder, params Compilation[] below) =>
        DeviceCompiler.Compile(name, DeviceCompiler.SourcesOf(RepoPaths.InRepo(area, folder)),
            Array.ConvertAll(below, compilation => compilation.ToMetadataReference()));
}
