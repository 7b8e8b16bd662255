using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using MailAppliance.DeviceBuild;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>
/// The steps of tools/MailAppliance.DeviceBuild that are ours rather than nanoFramework's: reading
/// what the MDP says, laying out the image, and the SDK pins every device project shares.
/// </summary>
[TestClass]
public sealed class BuildStepTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("device-build-").FullName;

    [TestCleanup]
    public void Cleanup() => Directory.Delete(_folder, true);

    /// <summary>
    /// What the MDP says on failure fails the step: here it cannot resolve an interface of another
    /// assembly. (A base class it cannot resolve, it passes over in silence; the nanoCLR load of
    /// the firmware set is what catches that.)
    /// </summary>
    [TestMethod]
    public void AnythingTheMdpSaysFailsTheStepAndAQuietRunGivesAnNfmrk1Pe()
    {
        // Lower lives apart from Upper, so only its load hint can lead the MDP to it.
        string lower = Compile("Lower", "public interface ILower { int One(); }", Directory.CreateDirectory(Path.Combine(_folder, "lower")).FullName);
        string upper = Compile("Upper", "public sealed class Upper : ILower { public int One() => 1; }", _folder, lower);
        var hints = new Dictionary<string, string> { ["mscorlib"] = Toolchain.Dll("mscorlib") };

        string[] said = MetadataProcessor.Run(upper, Path.Combine(_folder, "Upper.pe"), hints);
        Assert.AreNotEqual(0, said.Length, "the missing load hint for Lower went unnoticed");

        hints["Lower"] = lower;
        said = MetadataProcessor.Run(upper, Path.Combine(_folder, "Upper.pe"), hints);
        Assert.AreEqual("", string.Join("\n", said));
        Assert.AreEqual(MetadataProcessor.RuntimeMarker, System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(_folder, "Upper.pe")), 0, 6));
    }

    /// <summary>GenerateBinaryOutputTask's layout: each .pe padded with zeros to four bytes, in load order.</summary>
    [TestMethod]
    public void TheImageIsEveryPePaddedToFourBytesInOrder()
    {
        string first = Path.Combine(_folder, "a.pe");
        string program = Path.Combine(_folder, "b.pe");
        File.WriteAllBytes(first, new byte[] { 1, 2, 3, 4, 5 });
        File.WriteAllBytes(program, new byte[] { 6, 7, 8, 9 });
        string bin = Path.Combine(_folder, "image.bin");

        Assert.AreEqual(12, DeploymentImage.Write(bin, new[] { first, program }));
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4, 5, 0, 0, 0, 6, 7, 8, 9 }, File.ReadAllBytes(bin));
    }

    /// <summary>The SDK route loads on the 1.x runtime only with MDP 3.0.x and C# 9, in every device project.</summary>
    [TestMethod]
    public void EveryDeviceProjectPinsMdp3AndCSharp9()
    {
        var props = XDocument.Load(RepoPaths.InRepo("firmware", "NanoSdk.props"));
        StringAssert.StartsWith(props.Descendants("NanoFrameworkMDPVersion").Single().Value, "3.0.");
        Assert.AreEqual("9", props.Descendants("LangVersion").Single().Value);
        foreach (string project in new[] { "firmware/MailAppliance.Core.Nano/MailAppliance.Core.Nano.csproj", "firmware/MailAppliance.Platform.Nano/MailAppliance.Platform.Nano.csproj",
            "firmware/MailAppliance.Firmware/MailAppliance.Firmware.csproj", "tests/MailAppliance.Device.Tests/MailAppliance.Device.Tests.csproj" })
        {
            string path = RepoPaths.InRepo(project.Split('/'));
            Assert.IsTrue(XDocument.Load(path).Descendants("Import").Any(i => ((string)i.Attribute("Project")).EndsWith("NanoSdk.props", StringComparison.Ordinal)), project + " does not import NanoSdk.props");
        }
    }

    /// <summary>The sans-I/O check names the runtime's clock, randomness and threads, and passes what uses none.</summary>
    [TestMethod]
    public void SansIoCheckNamesTheClockRandomnessAndThreads()
    {
        string impure = Compile("Impure", """
            public static class Impure
            {
                public static long Now() => System.DateTime.UtcNow.Ticks;
                public static int Roll() => new System.Random().Next(6);
                public static void Nap() => System.Threading.Thread.Sleep(10);
            }
            """, _folder);
        CollectionAssert.AreEqual(new[] { "System.DateTime.get_UtcNow", "System.Random", "System.Threading.Thread" }, SansIoCheck.Violations(impure));

        string pure = Compile("Pure", "public static class Pure { public static long Later(System.DateTime now) => now.AddSeconds(1).Ticks; }", _folder);
        CollectionAssert.AreEqual(new string[0], SansIoCheck.Violations(pure));
    }

    private static string Compile(string name, string source, string folder, params string[] below)
    {
        var result = DeviceCompiler.Compile(name, new[] { DeviceCompiler.ParseText(source) }, below.Prepend(Toolchain.Dll("mscorlib")));
        Assert.IsNotNull(result.Image, string.Join("\n", result.Diagnostics));
        string dll = Path.Combine(folder, name + ".dll");
        File.WriteAllBytes(dll, result.Image);
        return dll;
    }
}
