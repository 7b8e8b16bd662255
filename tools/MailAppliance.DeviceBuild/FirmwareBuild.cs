using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// The whole device build: Core, Platform, Firmware and the on-device tests through the
/// compiler and the MDP, the deployable MailAppliance.Firmware.bin, and the firmware set
/// loaded together by nanoCLR so the real runtime resolves every reference between them.
/// </summary>
public sealed class FirmwareBuild
{
    public const string Program = "MailAppliance.Firmware";

    private readonly Action<string> _say;

    public FirmwareBuild(string output, Action<string> say)
    {
        Output = output;
        _say = say;
        Builder = new DeviceBuilder(output);
    }

    public string Output { get; }

    public DeviceBuilder Builder { get; }

    public string Image => Path.Combine(Output, Program + ".bin");

    /// <summary>Every step in order; true when all of them passed. Each step prints one line (or its problems).</summary>
    public bool Run() => BuildAll() && CheckCoreSansIo() && WriteImage() && LoadOnNanoClr();

    /// <summary>Fails when the built Core (each of its device assemblies) reads the runtime's clock or makes randomness or threads itself (<see cref="SansIoCheck"/>).</summary>
    public bool CheckCoreSansIo()
    {
        var violations = new List<string>();
        foreach (string name in DeviceProject.CoreAssemblies)
        {
            if (!Builder.Built.TryGetValue(name, out var core))
            {
                _say($"sans-I/O check MailAppliance.Core: FAILED, {name} was not built");
                return false;
            }
            violations.AddRange(SansIoCheck.Violations(core.Dll).Select(v => name + " uses " + v));
        }
        foreach (string violation in violations)
        {
            _say("  " + violation + ": pass the clock, randomness or work in from the platform");
        }
        _say("sans-I/O check MailAppliance.Core: " + (violations.Count == 0 ? "ok" : "FAILED"));
        return violations.Count == 0;
    }

    public bool BuildAll()
    {
        bool ok = true;
        foreach (var project in DeviceProject.Firmware().Append(DeviceProject.OnDeviceTests()))
        {
            int before = Builder.Problems.Count;
            var built = Builder.Build(project);
            if (built == null)
            {
                ok = false;
                foreach (string problem in Builder.Problems.Skip(before))
                {
                    _say("  " + problem);
                }
                _say($"device build {project.Name}: FAILED");
                continue;
            }
            _say($"device build {project.Name}: ok, compile + MDP, {built.PeBytes:N0} bytes .pe");
        }
        return ok;
    }

    public bool WriteImage()
    {
        string[] pes = Builder.LoadOrder(Program);
        long size = DeploymentImage.Write(Image, pes);
        _say($"device image {Path.GetFileName(Image)}: {size:N0} bytes, {pes.Length} assemblies ({string.Join(", ", pes.Select(Path.GetFileNameWithoutExtension))})");
        return true;
    }

    /// <summary>
    /// Loads the firmware set with a program of its own in place of Firmware's Main (which would
    /// bring up the hardware): nanoCLR resolves every type, method and field reference across the
    /// assemblies and checks each one's version at load, then runs the entry point of the assembly it
    /// resolves last, in dependency order — so the load check names Firmware's types, or
    /// Firmware's own Main would run.
    /// </summary>
    public bool LoadOnNanoClr()
    {
        var loader = new DeviceProject("LoadCheck", () => new[] { DeviceCompiler.ParseText("""
            public static class LoadCheck
            {
                public static void Main()
                {
                    System.Console.WriteLine("loaded " + typeof(MailAppliance.Firmware.Program).FullName
                        + " " + typeof(MailAppliance.Platform.ApplianceServices).FullName
                        + " " + typeof(MailAppliance.Core.Appliance.ApplianceModel).FullName);
                }
            }
            """) }, Exe: true, MscorlibOnly: true, Below: DeviceProject.CoreAssemblies.Append("MailAppliance.Platform").Append(Program).ToArray());
        var built = Builder.Build(loader);
        if (built == null)
        {
            _say("  " + string.Join(Environment.NewLine + "  ", Builder.Problems));
            _say("nanoCLR load of the firmware set: FAILED (the load check did not build)");
            return false;
        }
        string[] pes = Builder.LoadOrder(Program).Append(built.Pe).ToArray();
        var run = NanoClr.Execute(pes, NanoClr.BoardHeapBytes, TimeSpan.FromSeconds(60));
        string loaded = run.Output.FirstOrDefault(l => l.StartsWith("loaded ", StringComparison.Ordinal));
        if (run.Failure != null || loaded == null)
        {
            foreach (string line in run.Loading.Where(l => !l.StartsWith(" ") && l.Length > 0).TakeLast(10).Concat(run.Output.Take(20)))
            {
                _say("  " + line);
            }
            _say($"nanoCLR load of the firmware set: FAILED ({run.Failure ?? "no load line"})");
            return false;
        }
        string total = run.Loading.FirstOrDefault(l => l.StartsWith("Total:", StringComparison.Ordinal)) ?? "";
        _say($"nanoCLR load of the firmware set: ok, {pes.Length - 1} assemblies resolved in a {NanoClr.BoardHeapBytes:N0}-byte heap {total.Trim()}");
        return true;
    }
}
