using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>
/// That the board's compile (tools/MailAppliance.DeviceBuild, run by the test command on every
/// device assembly) refuses what the board cannot run: members and types nanoFramework's real
/// libraries lack, wrong parameter types, and generics, which the 1.x runtime cannot run.
/// </summary>
[TestClass]
public sealed class DeviceBuildProbeTests
{
    [TestMethod]
    public void AMissingNanoFrameworkCallFailsTheBuild()
    {
        // SDCard.MountMMC existed in older FileSystem packages only; the real library has Mount().
        string[] errors = DeviceSources.Errors(DeviceSources.Snippet("""
            class Probe { void Run() { nanoFramework.System.IO.FileSystem.SDCard.MountMMC(false); } }
            """));
        Assert.IsTrue(errors.Any(e => e.Contains("CS0117") && e.Contains("MountMMC")), string.Join("\n", errors));
    }

    [TestMethod]
    public void ASocketMemberNanoFrameworkLacksFailsTheBuild()
    {
        // .NET's Socket.Select has no nanoFramework counterpart (NANOFRAMEWORK.md); Platform must poll instead.
        string[] errors = DeviceSources.Errors(DeviceSources.Snippet("""
            class Probe { void Run(System.Collections.IList r) { System.Net.Sockets.Socket.Select(r, null, null, 1000); } }
            """));
        Assert.IsTrue(errors.Any(e => e.Contains("CS0117") && e.Contains("Select")), string.Join("\n", errors));
    }

    [TestMethod]
    public void AWrongParameterTypeFailsTheBuild()
    {
        // SetPinFunction takes (int, DeviceFunction); a string port name is not it.
        string[] errors = DeviceSources.Errors(DeviceSources.Snippet("""
            class Probe { void Run() { nanoFramework.Hardware.Esp32.Configuration.SetPinFunction("17", nanoFramework.Hardware.Esp32.DeviceFunction.COM2_TX); } }
            """));
        Assert.IsTrue(errors.Any(e => e.Contains("CS1503")), string.Join("\n", errors));
    }

    [TestMethod]
    public void ADesktopOnlyTypeFailsTheBuild()
    {
        // List<T> exists in no assembly of the board.
        string[] errors = DeviceSources.Errors(DeviceSources.Snippet("""
            class Probe { object Run() => new System.Collections.Generic.List<int>(); }
            """));
        Assert.IsTrue(errors.Any(e => e.Contains("CS0234") || e.Contains("CS0246")), string.Join("\n", errors));
    }

    [TestMethod]
    public void AGoodNanoFrameworkCallPasses()
    {
        string[] errors = DeviceSources.Errors(DeviceSources.Snippet("""
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
    /// allows defining them, mscorlib itself declares a few (Func&lt;T&gt;), and the MDP turns a
    /// generic type into a .pe that crashes nanoCLR at load: so no device source may define or
    /// name a generic type or method.
    /// </summary>
    [TestMethod]
    public void DeviceCodeNeitherDefinesNorUsesGenerics()
    {
        var found = DeviceSources.All()
            .SelectMany(c => c.SyntaxTrees).SelectMany(GenericsIn).ToArray();
        Assert.AreEqual("", string.Join("\n", found));
    }

    [TestMethod]
    public void TheGenericsRuleSeesGenerics()
    {
        var tree = DeviceSources.Snippet("""
            class Box<T> { }
            class Probe { T Same<T>(T v) => v; System.Func<int> f; }
            """).SyntaxTrees.Single();
        Assert.AreEqual(3, GenericsIn(tree).Count());
    }

    /// <summary>
    /// A never-written slot of a sized <c>string[]</c> or <c>object[]</c> crashes the 1.x runtime
    /// when compared (Core/Text/StringArrays.cs says how): device code makes them only through
    /// StringArrays, or as array literals, whose slots are all written.
    /// </summary>
    [TestMethod]
    public void DeviceCodeMakesSizedStringArraysOnlyThroughStringArrays()
    {
        var found = DeviceSources.All()
            .SelectMany(c => c.SyntaxTrees)
            .Where(t => System.IO.Path.GetFileName(t.FilePath) != "StringArrays.cs")
            .SelectMany(UnfilledArraysIn).ToArray();
        Assert.AreEqual("", string.Join("\n", found));
    }

    [TestMethod]
    public void TheStringArrayRuleSeesUnfilledArrays()
    {
        var tree = DeviceSources.Snippet("""
            class Probe
            {
                string[] a = new string[4];
                object[] b = new object[2 + 2];
                string[] fine = new string[] { "x" };
                string[] empty = new string[0];
                string[][] rows = new string[3][];
            }
            """).SyntaxTrees.Single();
        Assert.AreEqual(2, UnfilledArraysIn(tree).Count());
    }

    private static IEnumerable<string> UnfilledArraysIn(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<ArrayCreationExpressionSyntax>()
            .Where(a => a.Initializer == null && a.Type.RankSpecifiers.Count == 1
                && a.Type.ElementType is PredefinedTypeSyntax { Keyword.Text: "string" or "object" }
                && a.Type.RankSpecifiers[0].Sizes.Single() is not LiteralExpressionSyntax { Token.ValueText: "0" })
            .Select(a => $"{System.IO.Path.GetFileName(tree.FilePath)}:{a.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {a} (use StringArrays.New)");

    private static IEnumerable<string> GenericsIn(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes()
            .Where(n => n is TypeParameterListSyntax || n is GenericNameSyntax)
            .Select(n => $"{System.IO.Path.GetFileName(tree.FilePath)}:{n.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {n.Parent}");
}
