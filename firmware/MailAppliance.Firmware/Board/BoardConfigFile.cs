using System.IO;
using MailAppliance.Core.Text;

namespace MailAppliance.Firmware.Board
{
    /// <summary>
    /// Reads I:\board.json (deployed by flash.ps1) into a <see cref="BoardConfig"/>. Each key is
    /// named here once, with the name the schema (board-configs/board.schema.json) gives it;
    /// tests/MailAppliance.Firmware.Tests checks this file names every key of the schema.
    /// </summary>
    public static class BoardConfigFile
    {
        public const string Path = "I:\\board.json";

        /// <summary>The board, or null with the reason in <paramref name="error"/>.</summary>
        public static BoardConfig Read(out string error)
        {
            string text;
            try
            {
                text = File.ReadAllText(Path);
            }
            catch (System.Exception e)
            {
                error = "cannot read " + Path + " (" + e.Message + "); deploy it with flash.ps1";
                return null;
            }
            JsonObject json;
            if (!JsonObject.TryParse(text, out json, out error))
            {
                error = Path + " is not valid JSON: " + error + "; redeploy it with flash.ps1 -SkipRuntime";
                return null;
            }
            JsonObject network = json.Object("Network");
            JsonObject sd = json.Object("SdCard");
            JsonObject console = json.Object("Console");
            JsonObject led = json.Object("Led");
            JsonObject address = json.Object("Address");
            if (network == null || sd == null || console == null || led == null || address == null)
            {
                error = Path + " lacks a section (Network, SdCard, Console, Led, Address); redeploy it with flash.ps1 -SkipRuntime";
                return null;
            }
            return new BoardConfig
            {
                Name = json.Text("Name"),
                Description = json.Text("Description"),
                Target = json.Text("Target"),
                PsRam = json.Flag("PsRam"),
                Notes = json.Text("Notes"),
                Network = new NetworkConfig
                {
                    Kind = network.Text("Kind"),
                    Phy = network.Text("Phy"),
                    PhyAddress = network.Number("PhyAddress", 0),
                    Mdc = network.Number("Mdc", -1),
                    Mdio = network.Number("Mdio", -1),
                    PhyReset = network.Number("PhyReset", -1),
                    RmiiClock = network.Number("RmiiClock", -1),
                    RmiiClockMode = network.Text("RmiiClockMode"),
                    RmiiPins = network.Integers("RmiiPins"),
                },
                SdCard = new SdCardConfig
                {
                    Interface = sd.Text("Interface"),
                    Slot = sd.Number("Slot", 0),
                    Drive = sd.Text("Drive"),
                    Clock = sd.Number("Clock", -1),
                    Command = sd.Number("Command", -1),
                    Data = sd.Integers("Data"),
                    SpiBus = sd.Number("SpiBus", -1),
                    Mosi = sd.Number("Mosi", -1),
                    Miso = sd.Number("Miso", -1),
                    ChipSelect = sd.Number("ChipSelect", -1),
                    CardDetect = sd.Number("CardDetect", -1),
                },
                Console = new ConsoleConfig
                {
                    Port = console.Text("Port"),
                    Baud = console.Number("Baud", 115200),
                    Tx = console.Number("Tx", -1),
                    Rx = console.Number("Rx", -1),
                    Wiring = console.Text("Wiring"),
                },
                Led = new LedConfig
                {
                    Pin = led.Number("Pin", -1),
                    ActiveHigh = led.Flag("ActiveHigh"),
                },
                Address = new AddressPlan
                {
                    Address = address.Text("Address"),
                    Mask = address.Text("Mask"),
                    Gateway = address.Text("Gateway"),
                },
            };
        }
    }
}
