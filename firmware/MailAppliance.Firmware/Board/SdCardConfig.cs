namespace MailAppliance.Firmware.Board
{
    /// <summary>The SD card slot: SDMMC in 1- or 4-bit mode on its fixed pins, or SPI on pins the file chooses.</summary>
    public sealed class SdCardConfig
    {
        public const string Mmc1Bit = "Mmc1Bit";
        public const string Mmc4Bit = "Mmc4Bit";
        public const string Spi = "Spi";

        /// <summary>"Mmc1Bit", "Mmc4Bit" or "Spi".</summary>
        public string Interface { get; set; }

        /// <summary>nanoFramework's card index: 0 is drive D:, 1 is E:.</summary>
        public int Slot { get; set; }

        public string Drive { get; set; }
        public int Clock { get; set; }
        public int Command { get; set; }
        public int[] Data { get; set; }
        public int SpiBus { get; set; }
        public int Mosi { get; set; }
        public int Miso { get; set; }
        public int ChipSelect { get; set; }

        /// <summary>The card-detect switch's pin, or -1 when the slot has none (the firmware then polls).</summary>
        public int CardDetect { get; set; }
    }
}
