using MailAppliance.Core.Appliance;
using MailAppliance.Firmware.Board;
using MailAppliance.Platform.Storage;
using nanoFramework.Hardware.Esp32;
using nanoFramework.System.IO;
using nanoFramework.System.IO.FileSystem;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>
    /// The SD card slot, in SDMMC (1/4-bit) or SPI mode as the board file says, and the mail
    /// store on it: mounted when a card is there, closed when it is pulled out.
    /// </summary>
    public sealed class SdCardSlot
    {
        private readonly SDCard _card;
        private readonly CardMailStore _store;
        private readonly EventLog _log;
        private readonly string _drive;

        public SdCardSlot(SdCardConfig config, CardMailStore store, EventLog log)
        {
            _store = store;
            _log = log;
            _drive = config.Drive;
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

        /// <summary>Mounts the card and opens its mailboxes when that has not happened yet; says so on the console.</summary>
        public void Poll()
        {
            if (!_store.IsAvailable && TryMount() && _store.TryOpen())
            {
                _log.Add("SD card mounted on " + _drive + ": mail is served");
            }
        }

        /// <summary>Closes the store when a card-detect slot reports the card gone.</summary>
        public void WatchRemoval()
        {
            StorageEventManager.RemovableDeviceRemoved += (sender, e) =>
            {
                _store.Close();
                _log.Add("SD card removed: mail answers 452 / -ERR until a card is inserted");
            };
        }

        // Mount throws when there is no card or it cannot be read.
        private bool TryMount()
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
