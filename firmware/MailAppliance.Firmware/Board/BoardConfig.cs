namespace MailAppliance.Firmware.Board
{
    /// <summary>
    /// One board file (board-configs/*.json, deployed by flash.ps1 to <c>I:\board.json</c>), as
    /// <see cref="BoardConfigFile"/> reads it: property names are the JSON keys.
    /// board-configs/board.schema.json describes every key.
    /// </summary>
    public sealed class BoardConfig
    {
        public string Name { get; set; }
        public string Description { get; set; }

        /// <summary>The nanoFramework firmware image nanoff flashes (CMakePresets.json target name).</summary>
        public string Target { get; set; }

        public bool PsRam { get; set; }
        public NetworkConfig Network { get; set; }
        public SdCardConfig SdCard { get; set; }
        public ConsoleConfig Console { get; set; }
        public LedConfig Led { get; set; }
        public AddressPlan Address { get; set; }

        /// <summary>Where the pin facts come from and what is inferred; shown by nothing, read by people.</summary>
        public string Notes { get; set; }
    }
}
