namespace MailAppliance.Firmware.Board
{
    /// <summary>
    /// How the board reaches the lab. Ethernet's PHY and RMII pins are fixed in the nanoFramework
    /// image for the target; they are listed so the pin rules can keep the console and SD card off them.
    /// </summary>
    public sealed class NetworkConfig
    {
        public const string EthernetKind = "Ethernet";
        public const string WifiKind = "Wifi";

        /// <summary>"Ethernet" or "Wifi".</summary>
        public string Kind { get; set; }

        public string Phy { get; set; }
        public int PhyAddress { get; set; }
        public int Mdc { get; set; }
        public int Mdio { get; set; }
        public int PhyReset { get; set; }
        public int RmiiClock { get; set; }

        /// <summary>"Out" when the ESP32 drives the 50 MHz RMII clock, "In" when the PHY or an oscillator does.</summary>
        public string RmiiClockMode { get; set; }

        /// <summary>The EMAC's fixed RMII data pins (19, 21, 22, 25, 26, 27 on every ESP32).</summary>
        public int[] RmiiPins { get; set; }
    }
}
