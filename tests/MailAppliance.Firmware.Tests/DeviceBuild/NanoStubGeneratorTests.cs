using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>The generator on a small list with every construct the format has, checked by compiling callers.</summary>
[TestClass]
public sealed class NanoStubGeneratorTests
{
    private const string Listing = """
        # A made-up assembly in the shared/nanoframework-api format.
        assembly Sample 0.0.0.0
        type class Sample.Widget : System.IDisposable
          ctor public (System.UInt32 slot = 0)
          field public const System.Int32 Max = 16
          property public System.Int32 Count { get; }
          property public System.String this[System.Int32 index] { get; }
          event public Sample.ChangedHandler Changed
          method public System.Void Open(Sample.Widget.Mode mode = 1)
          method public System.Boolean TryRead(System.Byte[] buffer, out System.Int32 read, ref System.Int32 offset)
          operator public static System.Boolean op_Equality(Sample.Widget a, Sample.Widget b)
          operator public static System.Boolean op_Inequality(Sample.Widget a, Sample.Widget b)
          explicit System.Void System.IDisposable.Dispose()
          method protected override System.Void Finalize()
        type enum Sample.Widget.Mode : System.Byte [Flags]
          value Slow = 1
          value Fast = 2
        type delegate Sample.ChangedHandler
          invoke System.Void (System.Object sender, System.Int32 value)
        type static class Sample.System.Helpers
          method public static System.Int32 Twice(System.Int32 value)
        type interface Sample.IThing
          property public System.Int32 Size { get; }
          method public System.Void Run()
        type abstract class Sample.Shape
          ctor protected ()
          method public abstract System.Double Area()
        type class Sample.Hidden
          method public System.Void Poke()
        """;

    private static MetadataReference _stubs;

    [ClassInitialize]
    public static void GenerateStubs(TestContext context)
    {
        string file = Path.Combine(Path.GetTempPath(), "nano-stub-sample.txt");
        File.WriteAllText(file, Listing);
        _stubs = DeviceCompiler.CompileStubs("Sample", new[] { file });
        File.Delete(file);
    }

    private static string[] Errors(string source) =>
        DeviceCompiler.Errors(DeviceCompiler.CompileTextAgainst("Caller", source, new[] { DeviceCompiler.Mscorlib, _stubs }));

    [TestMethod]
    public void EveryListedMemberCanBeUsedWithItsListedSignature()
    {
        string[] errors = Errors("""
            class Thing : Sample.IThing { public int Size => 1; public void Run() { } }
            class Square : Sample.Shape { public override double Area() => 1; }
            class Caller
            {
                int Use()
                {
                    var w = new Sample.Widget();
                    w.Open();
                    w.Open(Sample.Widget.Mode.Fast | Sample.Widget.Mode.Slow);
                    w.Changed += (sender, value) => { };
                    int offset = 0;
                    w.TryRead(new byte[4], out int read, ref offset);
                    ((System.IDisposable)w).Dispose();
                    string first = w[0];
                    return (w == w ? Sample.Widget.Max : w.Count) + Sample.System.Helpers.Twice(read);
                }
            }
            """);
        Assert.AreEqual(0, errors.Length, string.Join("\n", errors));
    }

    [TestMethod]
    public void WhatTheListDoesNotHaveIsAnError()
    {
        StringAssert.Contains(string.Join("\n", Errors("class C { void M(Sample.Widget w) { w.Close(); } }")), "CS1061");
        StringAssert.Contains(string.Join("\n", Errors("class C { void M(Sample.Widget w) { w.Dispose(); } }")), "CS1061", "Dispose is only the explicit IDisposable one");
        StringAssert.Contains(string.Join("\n", Errors("class C { object M() => new Sample.Widget(\"COM1\"); }")), "CS1503");
        StringAssert.Contains(string.Join("\n", Errors("class C { object M() => new Sample.Hidden(); }")), "CS1729", "no constructor is listed, so none is public");
        StringAssert.Contains(string.Join("\n", Errors("class C { void M(Sample.Widget w) { w.Open(3); } }")), "CS1503");
    }

    [TestMethod]
    public void DefaultsKeepTheirListedValues()
    {
        var compilation = DeviceCompiler.CompileTextAgainst("Caller", "class C { }", new[] { DeviceCompiler.Mscorlib, _stubs });
        var open = (IMethodSymbol)compilation.GetTypeByMetadataName("Sample.Widget")!.GetMembers("Open").Single();
        Assert.AreEqual((byte)1, open.Parameters[0].ExplicitDefaultValue);
        var max = (IFieldSymbol)compilation.GetTypeByMetadataName("Sample.Widget")!.GetMembers("Max").Single();
        Assert.AreEqual(16, max.ConstantValue);
        Assert.AreEqual(SpecialType.System_Byte, compilation.GetTypeByMetadataName("Sample.Widget+Mode")!.EnumUnderlyingType!.SpecialType);
    }
}
