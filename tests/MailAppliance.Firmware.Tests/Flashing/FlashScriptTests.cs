using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MailAppliance.Firmware.Tests.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Firmware.Tests.Flashing;

[TestClass]
public sealed class FlashScriptTests
{
    private const string NanoffVersion = "2.5.86";

    /// <summary>The firmware flash.ps1 pins; firmware/NanoPackages.props must name the same (they move together).</summary>
    private const string FirmwareVersion = "1.17.0.27";

    public static System.Collections.Generic.IEnumerable<object[]> Boards() =>
        BoardFile.Paths().Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [TestMethod]
    [DynamicData(nameof(Boards))]
    public void WhatIfShowsEveryNanoffCommandForTheBoardAndRunsNone(string board)
    {
        using var script = new FlashScript();
        string target = (string)BoardFile.Load(Path.Combine(script.Boards, board + ".json")).Json["Target"]!;

        var (exit, output, errors) = script.Run($"-Board {board} -Port COM5 -WhatIf");

        Assert.AreEqual(0, exit, errors);
        CollectionAssert.AreEqual(new[]
        {
            $"What if: Performing the operation \"Install or update nanoff\" on target \"dotnet tool update --global nanoff --version {NanoffVersion}\".",
            $"What if: Performing the operation \"Build the firmware\" on target \"dotnet build {script.Project} -c Release\".",
            $"What if: Performing the operation \"Flash the nanoFramework runtime ({target} {FirmwareVersion})\" on target \"nanoff --update --target {target} --fwversion {FirmwareVersion} --serialport COM5\".",
            $"What if: Performing the operation \"Deploy the application\" on target \"nanoff --target {target} --serialport COM5 --deploy --image {script.Image}\".",
            $"What if: Performing the operation \"Write the board file deployment list\" on target \"{script.DeployList}\".",
            $"What if: Performing the operation \"Copy the board file to I:\\board.json\" on target \"nanoff --filedeployment {script.DeployList}\".",
        }, FlashScript.WhatIf(output), output);
        CollectionAssert.AreEqual(new string[0], script.Commands(), "-WhatIf ran a command");
        Assert.IsFalse(File.Exists(script.DeployList), "-WhatIf wrote the deployment list");
        StringAssert.Contains(output, "Wiring: ");
    }

    /// <summary>The teacher's shortest path: nanoff, runtime, the given image, board file; nothing built.</summary>
    [TestMethod]
    public void APrebuiltImageIsDeployedWithoutABuild()
    {
        using var script = new FlashScript();
        string image = Path.Combine(script.Folder, "downloads", "MailAppliance.Firmware.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(image));
        File.WriteAllBytes(image, new byte[] { 0x4E, 0x46, 0x4D, 0x52, 0x4B, 0x31 });

        var (exit, output, errors) = script.Run($"-Board olimex-esp32-poe -Port COM5 -Image {image} -WhatIf");

        Assert.AreEqual(0, exit, errors);
        CollectionAssert.AreEqual(new[]
        {
            $"What if: Performing the operation \"Install or update nanoff\" on target \"dotnet tool update --global nanoff --version {NanoffVersion}\".",
            $"What if: Performing the operation \"Flash the nanoFramework runtime (ESP32_OLIMEX {FirmwareVersion})\" on target \"nanoff --update --target ESP32_OLIMEX --fwversion {FirmwareVersion} --serialport COM5\".",
            $"What if: Performing the operation \"Deploy the application\" on target \"nanoff --target ESP32_OLIMEX --serialport COM5 --deploy --image {image}\".",
            $"What if: Performing the operation \"Write the board file deployment list\" on target \"{script.DeployList}\".",
            $"What if: Performing the operation \"Copy the board file to I:\\board.json\" on target \"nanoff --filedeployment {script.DeployList}\".",
        }, FlashScript.WhatIf(output), output);
        CollectionAssert.AreEqual(new string[0], script.Commands(), "-WhatIf ran a command");
    }

    [TestMethod]
    public void AMissingImageIsRefusedBeforeAnythingRuns()
    {
        using var script = new FlashScript();
        var (exit, _, errors) = script.Run("-Board olimex-esp32-poe -Port COM5 -Image nowhere/MailAppliance.Firmware.bin");
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(errors, "error: no application image at nowhere/MailAppliance.Firmware.bin");
        CollectionAssert.AreEqual(new[] { $"dotnet tool update --global nanoff --version {NanoffVersion}" }, script.Commands(), "only nanoff was installed");
    }

    [TestMethod]
    public void TheFirmwareVersionAndThePackagesMoveTogether()
    {
        StringAssert.Contains(File.ReadAllText(RepoPaths.InRepo("flash.ps1")), $"$FirmwareVersion = '{FirmwareVersion}'");
        StringAssert.Contains(File.ReadAllText(RepoPaths.InRepo("firmware", "NanoPackages.props")), $"firmware {FirmwareVersion}");
    }

    [TestMethod]
    public void SkipRuntimeLeavesTheRuntimeAlone()
    {
        using var script = new FlashScript();
        var (exit, output, errors) = script.Run("-Board wt32-eth01 -Port /dev/ttyUSB0 -SkipRuntime -WhatIf");
        Assert.AreEqual(0, exit, errors);
        var lines = FlashScript.WhatIf(output);
        Assert.IsFalse(lines.Any(l => l.Contains("--update")), output);
        CollectionAssert.Contains(lines, $"What if: Performing the operation \"Deploy the application\" on target \"nanoff --target ESP32_WT32_ETH01 --serialport /dev/ttyUSB0 --deploy --image {script.Image}\".");
    }

    [TestMethod]
    public void ARealRunFlashesDeploysAndCopiesTheBoardFileInOrder()
    {
        using var script = new FlashScript();
        var (exit, output, errors) = script.Run("-Board olimex-esp32-poe -Port COM5");

        Assert.AreEqual(0, exit, output + errors);
        CollectionAssert.AreEqual(new[]
        {
            $"dotnet tool update --global nanoff --version {NanoffVersion}",
            $"dotnet build {script.Project} -c Release",
            $"nanoff --update --target ESP32_OLIMEX --fwversion {FirmwareVersion} --serialport COM5",
            $"nanoff --target ESP32_OLIMEX --serialport COM5 --deploy --image {script.Image}",
            $"nanoff --filedeployment {script.DeployList}",
        }, script.Commands());
        var deploy = JsonNode.Parse(File.ReadAllText(script.DeployList))!;
        Assert.AreEqual("COM5", (string)deploy["SerialPort"]!);
        Assert.AreEqual("I:\\board.json", (string)deploy["Files"]![0]!["DestinationFilePath"]!);
        Assert.AreEqual(Path.Combine(script.Boards, "olimex-esp32-poe.json"), (string)deploy["Files"]![0]!["SourceFilePath"]!);
        StringAssert.Contains(output, "The appliance's console is COM2 on the board, 115200 baud");
    }

    [TestMethod]
    public void NanoffJustInstalledIntoTheToolsFolderIsRunFromThere()
    {
        using var script = new FlashScript(nanoffOnPath: false);
        string nanoff = Path.Combine(script.Home, ".dotnet", "tools", "nanoff");
        var (exit, output, errors) = script.Run("-Board wt32-eth01 -Port COM7 -SkipRuntime");

        Assert.AreEqual(0, exit, output + errors);
        CollectionAssert.AreEqual(new[]
        {
            $"dotnet tool update --global nanoff --version {NanoffVersion}",
            $"dotnet build {script.Project} -c Release",
            $"nanoff --target ESP32_WT32_ETH01 --serialport COM7 --deploy --image {script.Image}",
            $"nanoff --filedeployment {script.DeployList}",
        }, script.Commands());
        StringAssert.Contains(output, $"    {nanoff} --target ESP32_WT32_ETH01 --serialport COM7 --deploy --image {script.Image}");
    }

    [TestMethod]
    public void AFailingNanoffStopsTheRunAndSaysWhatToCheck()
    {
        using var script = new FlashScript();
        var (exit, output, errors) = script.Run("-Board olimex-esp32-poe -Port COM9", failingNanoff: "--target");

        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(errors, $"error: Flash the nanoFramework runtime (ESP32_OLIMEX {FirmwareVersion}) failed (exit code 1).");
        StringAssert.Contains(errors, "port name (COM9; nanoff --listports)");
        StringAssert.Contains(errors, "BOOT button");
        Assert.AreEqual($"nanoff --update --target ESP32_OLIMEX --fwversion {FirmwareVersion} --serialport COM9", script.Commands().Last(), "nothing runs after the failing step");
    }

    [TestMethod]
    public void ListBoardsNamesEveryBoardWithItsTarget()
    {
        using var script = new FlashScript();
        var (exit, output, errors) = script.Run("-ListBoards");
        Assert.AreEqual(0, exit, errors);
        string[] lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual(BoardFile.Paths().Count(), lines.Length, output);
        Assert.IsTrue(lines.Any(l => l.StartsWith("olimex-esp32-poe ") && l.Contains(" ESP32_OLIMEX ")), output);
        Assert.IsTrue(lines.Any(l => l.StartsWith("esp-wrover-kit ") && l.Contains(" ESP_WROVER_KIT ")), output);
    }

    [TestMethod]
    public void AnUnknownBoardIsRefusedWithTheListOfBoards()
    {
        using var script = new FlashScript();
        var (exit, _, errors) = script.Run("-Board olimex -Port COM5 -WhatIf");
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(errors, "error: unknown board 'olimex'. Boards: esp-wrover-kit, esp32-ethernet-kit, olimex-esp32-poe, olimex-esp32-poe-wrover, wt32-eth01");
    }

    [TestMethod]
    public void AMissingPortIsRefused()
    {
        using var script = new FlashScript();
        var (exit, output, errors) = script.Run("-Board olimex-esp32-poe -WhatIf");
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(errors, "error: give the serial port: -Port COM5 (Windows) or -Port /dev/ttyUSB0");
        Assert.AreEqual(0, FlashScript.WhatIf(output).Count);
    }

    [TestMethod]
    public void AMalformedBoardFileIsRefused()
    {
        using var script = new FlashScript();
        File.WriteAllText(Path.Combine(script.Boards, "broken.json"), "{ \"Name\": \"broken\", \"Target\": ");
        var (exit, _, errors) = script.Run("-Board broken -Port COM5 -WhatIf");
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(errors, "error: board-configs/broken.json is not valid JSON");
    }

    [TestMethod]
    public void ABoardFileWithTheConsoleOnCom1IsRefused()
    {
        using var script = new FlashScript();
        var json = BoardFile.Load(Path.Combine(script.Boards, "wt32-eth01.json")).Json;
        json["Console"]!["Port"] = "COM1";
        File.WriteAllText(Path.Combine(script.Boards, "wt32-eth01.json"), json.ToJsonString());
        var (exit, _, errors) = script.Run("-Board wt32-eth01 -Port COM5 -WhatIf");
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(errors, "puts the console on COM1, which nanoFramework keeps for the debugger");
    }
}
