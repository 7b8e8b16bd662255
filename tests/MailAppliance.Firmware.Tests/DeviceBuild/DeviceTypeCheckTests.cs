using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>
/// Every device assembly, compiled as the board's build would (C# 9, NoStdLib, the real
/// nanoFramework mscorlib) against stubs of the nanoFramework packages the design names.
/// A call into an API nanoFramework does not have, or with other parameter types, fails here.
/// </summary>
[TestClass]
public sealed class DeviceTypeCheckTests
{
    [TestMethod]
    public void CoreCompilesForTheBoard() => AssertCompiles(DeviceAssemblies.Core.Value);

    [TestMethod]
    public void PlatformCompilesForTheBoard() => AssertCompiles(DeviceAssemblies.Platform.Value);

    [TestMethod]
    public void FirmwareCompilesForTheBoard() => AssertCompiles(DeviceAssemblies.Firmware.Value);

    [TestMethod]
    public void OnDeviceTestsCompileForTheBoard() => AssertCompiles(DeviceAssemblies.OnDeviceTests.Value);

    [TestMethod]
    public void AMissingNanoFrameworkCallFailsTheCheck()
    {
        // SDCard.MountMMC existed in older FileSystem packages only; the pinned one has Mount().
        string[] errors = DeviceCompiler.Errors(DeviceCompiler.CompileText("Probe", """
            class Probe { void Run() { nanoFramework.System.IO.FileSystem.SDCard.MountMMC(false); } }
            """));
        Assert.IsTrue(errors.Any(e => e.Contains("CS0117") && e.Contains("MountMMC")), string.Join("\n", errors));
    }

    [TestMethod]
    public void AWrongParameterTypeFailsTheCheck()
    {
        // SetPinFunction takes (int, DeviceFunction); a string port name is not it.
        string[] errors = DeviceCompiler.Errors(DeviceCompiler.CompileText("Probe", """
            class Probe { void Run() { nanoFramework.Hardware.Esp32.Configuration.SetPinFunction("17", nanoFramework.Hardware.Esp32.DeviceFunction.COM2_TX); } }
            """));
        Assert.IsTrue(errors.Any(e => e.Contains("CS1503")), string.Join("\n", errors));
    }

    [TestMethod]
    public void ADesktopOnlyTypeFailsTheCheck()
    {
        // StringBuilder lives in nanoFramework.System.Text, whose stub is present; List<T> exists nowhere on the board.
        string[] errors = DeviceCompiler.Errors(DeviceCompiler.CompileText("Probe", """
            class Probe { object Run() => new System.Collections.Generic.List<int>(); }
            """));
        Assert.IsTrue(errors.Any(e => e.Contains("CS0234") || e.Contains("CS0246")), string.Join("\n", errors));
    }

    [TestMethod]
    public void AGoodNanoFrameworkCallPasses()
    {
        string[] errors = DeviceCompiler.Errors(DeviceCompiler.CompileText("Probe", """
            class Probe
            {
                uint Run()
                {
                    var card = new nanoFramework.System.IO.FileSystem.SDCard(new nanoFramework.System.IO.FileSystem.SDCardMmcParameters { slotIndex = 0, dataWidth = nanoFramework.System.IO.FileSystem.SDCard.SDDataWidth._1_bit });
                    card.Mount();
                    return nanoFramework.Runtime.Native.GC.Run(false);
                }
            }
            """));
        Assert.AreEqual(0, errors.Length, string.Join("\n", errors));
    }

    /// <summary>
    /// The 1.x runtime cannot run generics (NANOFRAMEWORK.md), yet a compile against its mscorlib
    /// allows defining them, and mscorlib itself declares a few (Func&lt;T&gt;): so no device source
    /// may define or name a generic type or method.
    /// </summary>
    [TestMethod]
    public void DeviceCodeNeitherDefinesNorUsesGenerics()
    {
        var found = new[] { DeviceAssemblies.Core, DeviceAssemblies.Platform, DeviceAssemblies.Firmware, DeviceAssemblies.OnDeviceTests }
            .SelectMany(c => c.Value.SyntaxTrees).SelectMany(GenericsIn).ToArray();
        Assert.AreEqual("", string.Join("\n", found));
    }

    [TestMethod]
    public void TheGenericsRuleSeesGenerics()
    {
        var tree = DeviceCompiler.CompileText("Probe", """
            class Box<T> { }
            class Probe { T Same<T>(T v) => v; System.Func<int> f; }
            """).SyntaxTrees.Single();
        Assert.AreEqual(3, GenericsIn(tree).Count());
    }

    private static IEnumerable<string> GenericsIn(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes()
            .Where(n => n is TypeParameterListSyntax || n is GenericNameSyntax)
            .Select(n => $"{System.IO.Path.GetFileName(tree.FilePath)}:{n.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {n.Parent}");

    private static void AssertCompiles(Compilation compilation)
    {
        string[] errors = DeviceCompiler.Errors(compilation);
        Assert.AreEqual(0, errors.Length, $"{compilation.AssemblyName} does not compile for the board:\n" + string.Join("\n", errors.Take(40)));
    }
}
