using MailAppliance.Firmware.Board;
using nanoFramework.Hardware.Esp32;
using nanoFramework.System.IO.FileSystem;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>The SD card slot, in SDMMC (1/4-bit) or SPI mode as the board file says.</summary>
    public sealed class SdCardSlot
    {
        private readonly SDCard _card;

        public SdCardSlot(SdCardConfig config)
        {
            CardDetectParameters detect = null;
            if (config.CardDetect >= 0)
            {
                detect = new CardDetectParameters
                {
                    enableCardDetectPin = true,
                    cardDetectPin = (uint)config.CardDetect,
                    cardDetectedState = false,
                    autoMount = true,
                };
            }
            if (config.Interface == SdCardConfig.Spi)
            {
                // SPI pins are free to choose: route them before the bus is first used.
                Configuration.SetPinFunction(config.Mosi, DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(config.Miso, DeviceFunction.SPI1_MISO);
                Configuration.SetPinFunction(config.Clock, DeviceFunction.SPI1_CLOCK);
                _card = new SDCard(new SDCardSpiParameters
                {
                    slotIndex = (uint)config.Slot,
                    spiBus = (uint)config.SpiBus,
                    chipSelectPin = (uint)config.ChipSelect,
                }, detect);
            }
            else
            {
                _card = new SDCard(new SDCardMmcParameters
                {
                    slotIndex = (uint)config.Slot,
                    dataWidth = config.Interface == SdCardConfig.Mmc4Bit ? SDCard.SDDataWidth._4_bit : SDCard.SDDataWidth._1_bit,
                }, detect);
            }
        }

        public bool IsMounted
        {
            get { return _card.IsMounted; }
        }

        /// <summary>Mounts the card; false when there is none or it cannot be read (Mount throws then).</summary>
        public bool TryMount()
        {
            if (_card.IsMounted)
            {
                return true;
            }
            try
            {
                _card.Mount();
                return true;
            }
            catch (System.Exception)
            {
                return false;
            }
        }
    }
}
