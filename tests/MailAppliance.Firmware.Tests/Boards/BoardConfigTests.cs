using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using MailAppliance.Firmware.Tests.DeviceBuild;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests.Boards;

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

    /// <summary>nanoFramework.Json fills properties whose names match the keys exactly; a key the C# lacks is lost on the board.</summary>
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
