using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using MailAppliance.Firmware.Tests.DeviceBuild;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests.Board;

/// <summary>board-configs/: every file fits the schema and the pin rules, and the firmware reads the same keys.</summary>
[TestClass]
public sealed class BoardConfigTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(BoardFile.Folder, "board.schema.json")));

    private static EvaluationResults Evaluate(JsonNode json) =>
        Schema.Value.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors != null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    public static System.Collections.Generic.IEnumerable<object[]> Boards() => BoardFile.Paths().Select(p => new object[] { Path.GetFileName(p) });

    [TestMethod]
    public void TheIssuesBoardsAreAllThere()
    {
        string[] targets = BoardFile.Paths().Select(p => (string)BoardFile.Load(p).Json["Target"]!).OrderBy(t => t).ToArray();
        CollectionAssert.AreEquivalent(new[] { "ESP32_ETHERNET_KIT_1.2", "ESP32_OLIMEX", "ESP32_OLIMEX_WROVER", "ESP32_WT32_ETH01", "ESP_WROVER_KIT" }, targets);
        Assert.IsTrue(BoardFile.Paths().Any(p => (string)BoardFile.Load(p).Json["Network"]!["Kind"]! == "Wifi"), "a Wi-Fi board");
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void BoardFileFitsTheSchema(string file)
    {
        var results = Evaluate(JsonNode.Parse(File.ReadAllText(Path.Combine(BoardFile.Folder, file)))!);
        Assert.IsTrue(results.IsValid, Errors(results));
    }

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void BoardFileKeepsThePinRules(string file)
    {
        var board = BoardFile.Load(Path.Combine(BoardFile.Folder, file));
        CollectionAssert.AreEqual(Array.Empty<string>(), board.PinProblems(), string.Join("\n", board.PinProblems()));
        Assert.AreEqual(Path.GetFileNameWithoutExtension(file), (string)board.Json["Name"]!, "Name is what -Board takes, so it is the file's name");
    }

    [TestMethod]
    public void TheSchemaRefusesTheConsoleOnCom1AndUnknownKeys()
    {
        JsonObject board = LoadOlimex();
        board["Console"]!["Port"] = "COM1";
        Assert.IsFalse(Evaluate(board).IsValid);

        board = LoadOlimex();
        board["Console"]!.AsObject()["Parity"] = "Even";
        Assert.IsFalse(Evaluate(board).IsValid);

        board = LoadOlimex();
        board["Led"]!["Pin"] = 36;
        Assert.IsFalse(Evaluate(board).IsValid, "GPIO36 is input-only: no LED");

        board = LoadOlimex();
        board.Remove("SdCard");
        Assert.IsFalse(Evaluate(board).IsValid);
    }

    [TestMethod]
    public void ThePinRulesCatchAConsoleOnEthernetAndPsRamPins()
    {
        var board = new BoardFile(LoadOlimex());
        board.Json["Console"]!["Tx"] = 21;
        CollectionAssert.Contains(board.PinProblems(), "GPIO21 is used by both Network and Console");

        board = new BoardFile(LoadOlimex());
        board.Json["PsRam"] = true;
        board.Json["Led"]!["Pin"] = 16;
        CollectionAssert.Contains(board.PinProblems(), "Led uses GPIO16, which the PSRAM of this WROVER board takes");

        board = new BoardFile(LoadOlimex());
        board.Json["SdCard"]!["CardDetect"] = 3;
        CollectionAssert.Contains(board.PinProblems(), "SdCard uses GPIO3, a pin of UART0 (COM1, the debugger)");
    }

    /// <summary>Every key of the schema has a property of the same name; a key the C# lacks is lost on the board.</summary>
    [TestMethod]
    public void TheFirmwareReadsEveryKeyTheSchemaDefines()
    {
        JsonObject schema = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(BoardFile.Folder, "board.schema.json")))!;
        Compilation firmware = DeviceSources.Firmware.Value;
        AssertSameKeys(schema, firmware, "MailAppliance.Firmware.Board.BoardConfig");
        foreach (var (section, type) in new[] { ("Network", "NetworkConfig"), ("SdCard", "SdCardConfig"), ("Console", "ConsoleConfig"), ("Led", "LedConfig"), ("Address", "AddressPlan") })
        {
            AssertSameKeys(schema["properties"]![section]!.AsObject(), firmware, "MailAppliance.Firmware.Board." + type);
        }
    }

    /// <summary>
    /// The firmware reads I:\board.json with its own small reader (nanoFramework.Json cost 8 KB of
    /// heap): each object initializer in BoardConfigFile.cs sets every property of its type, each
    /// from the key of the same name.
    /// </summary>
    [TestMethod]
    public void TheBoardFileReaderReadsEveryPropertyFromItsKey()
    {
        var tree = DeviceSources.Firmware.Value.SyntaxTrees.Single(t => Path.GetFileName(t.FilePath) == "BoardConfigFile.cs");
        var model = DeviceSources.Firmware.Value.GetSemanticModel(tree);
        var creations = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>().Where(c => c.Initializer != null).ToArray();
        Assert.AreEqual(6, creations.Length, "BoardConfig and its five sections");
        foreach (var creation in creations)
        {
            var type = (INamedTypeSymbol)model.GetTypeInfo(creation).Type!;
            var set = creation.Initializer!.Expressions.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>().ToArray();
            foreach (var assignment in set.Where(a => a.Right is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax))
            {
                var key = ((Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax)assignment.Right).ArgumentList.Arguments[0].Expression;
                Assert.AreEqual(assignment.Left.ToString(), (model.GetConstantValue(key).Value as string), $"{type.Name}.{assignment.Left} is read from another key");
            }
            string[] properties = type.GetMembers().OfType<IPropertySymbol>().Where(p => p.SetMethod?.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name).OrderBy(n => n).ToArray();
            CollectionAssert.AreEqual(properties, set.Select(a => a.Left.ToString()).OrderBy(n => n).ToArray(), type.Name + ": every property is set");
        }
    }

    /// <summary>Core's JSON reader (what the firmware reads I:\board.json with) reads every value of every board file as System.Text.Json does.</summary>
    [TestMethod]
    [DynamicData(nameof(BoardNames))]
    public void CoresReaderReadsTheBoardFileAsSystemTextJsonDoes(string board)
    {
        string text = File.ReadAllText(Path.Combine(BoardFile.Folder, board + ".json"));
        Assert.IsTrue(MailAppliance.Core.Text.JsonObject.TryParse(text, out var json, out string error), error);
        AssertSameValues((JsonObject)JsonNode.Parse(text)!, json, board);
    }

    public static System.Collections.Generic.IEnumerable<object[]> BoardNames => BoardFile.Paths().Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    private static void AssertSameValues(JsonObject expected, MailAppliance.Core.Text.JsonObject got, string where)
    {
        CollectionAssert.AreEqual(expected.Select(p => p.Key).ToArray(), got.Keys, where);
        foreach (var (key, node) in expected)
        {
            switch (node)
            {
                case JsonObject section: AssertSameValues(section, got.Object(key), where + "." + key); break;
                case JsonArray array: CollectionAssert.AreEqual(array.Select(n => (int)n!).ToArray(), got.Integers(key), where + "." + key); break;
                case JsonValue value when value.TryGetValue(out int number): Assert.AreEqual(number, got.Number(key, int.MinValue), where + "." + key); break;
                case JsonValue value when value.TryGetValue(out bool flag): Assert.AreEqual(flag, got.Flag(key), where + "." + key); break;
                default: Assert.AreEqual((string)node!, got.Text(key), where + "." + key); break;
            }
        }
    }

    private static void AssertSameKeys(JsonObject schema, Compilation firmware, string typeName)
    {
        INamedTypeSymbol type = firmware.GetTypeByMetadataName(typeName) ?? throw new AssertFailedException(typeName + " not found");
        string[] properties = type.GetMembers().OfType<IPropertySymbol>().Where(p => p.SetMethod?.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name).OrderBy(n => n).ToArray();
        string[] keys = schema["properties"]!.AsObject().Select(p => p.Key).OrderBy(n => n).ToArray();
        CollectionAssert.AreEqual(keys, properties, $"{typeName}: schema keys {string.Join(",", keys)} vs properties {string.Join(",", properties)}");
    }

    // An Ethernet board without PSRAM, so each mutation below breaks exactly one rule.
    private static JsonObject LoadOlimex() => BoardFile.Load(Path.Combine(BoardFile.Folder, "olimex-esp32-poe.json")).Json;
}
