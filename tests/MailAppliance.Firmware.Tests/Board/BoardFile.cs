using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace MailAppliance.Firmware.Tests.Board;

/// <summary>A board file read on the PC, with the pin rules the schema cannot express.</summary>
public sealed class BoardFile
{
    public static string Folder => RepoPaths.InRepo("board-configs");

    public static IEnumerable<string> Paths() =>
        Directory.GetFiles(Folder, "*.json").Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>GPIO16 and GPIO17 wire the PSRAM of WROVER modules.</summary>
    public static readonly int[] PsRamPins = { 16, 17 };

    /// <summary>UART0 (COM1) on every ESP32: nanoFramework's debugger and deployment link.</summary>
    public static readonly int[] Uart0Pins = { 1, 3 };

    public readonly JsonObject Json;

    public BoardFile(JsonObject json) => Json = json;

    public static BoardFile Load(string path) => new((JsonObject)JsonNode.Parse(File.ReadAllText(path))!);

    /// <summary>Pins per use: "Network", "SdCard", "Console", "Led" (-1, not used, left out).</summary>
    public Dictionary<string, int[]> PinsByUse()
    {
        JsonObject network = Json["Network"]!.AsObject();
        JsonObject sd = Json["SdCard"]!.AsObject();
        JsonObject console = Json["Console"]!.AsObject();
        return new Dictionary<string, int[]>
        {
            ["Network"] = Used(new[] { Int(network, "Mdc"), Int(network, "Mdio"), Int(network, "PhyReset"), Int(network, "RmiiClock") }
                .Concat(network["RmiiPins"]!.AsArray().Select(n => (int)n!))),
            ["SdCard"] = Used(new[] { Int(sd, "Clock"), Int(sd, "Command"), Int(sd, "Mosi"), Int(sd, "Miso"), Int(sd, "ChipSelect"), Int(sd, "CardDetect") }
                .Concat(sd["Data"]!.AsArray().Select(n => (int)n!))),
            ["Console"] = Used(new[] { Int(console, "Tx"), Int(console, "Rx") }),
            ["Led"] = Used(new[] { Int(Json["Led"]!.AsObject(), "Pin") }),
        };
    }

    /// <summary>Every broken pin rule, in words; empty when the board is sound.</summary>
    public List<string> PinProblems()
    {
        var problems = new List<string>();
        var owner = new Dictionary<int, string>();
        foreach (var (use, pins) in PinsByUse())
        {
            foreach (int pin in pins)
            {
                if (owner.TryGetValue(pin, out string other))
                {
                    problems.Add($"GPIO{pin} is used by both {other} and {use}");
                }
                else
                {
                    owner[pin] = use;
                }
            }
        }
        var byUse = PinsByUse();
        if ((string)Json["Console"]!["Port"] == "COM1")
        {
            problems.Add("the console is on COM1, nanoFramework's debugger port");
        }
        foreach (string use in new[] { "SdCard", "Console", "Led" })
        {
            foreach (int pin in byUse[use].Intersect(Uart0Pins))
            {
                problems.Add($"{use} uses GPIO{pin}, a pin of UART0 (COM1, the debugger)");
            }
        }
        if ((bool)Json["PsRam"]!)
        {
            foreach (var (use, pins) in byUse)
            {
                foreach (int pin in pins.Intersect(PsRamPins))
                {
                    problems.Add($"{use} uses GPIO{pin}, which the PSRAM of this WROVER board takes");
                }
            }
        }
        return problems;
    }

    private static int Int(JsonObject section, string key) => (int)section[key]!;

    private static int[] Used(IEnumerable<int> pins) => pins.Where(p => p >= 0).ToArray();
}
