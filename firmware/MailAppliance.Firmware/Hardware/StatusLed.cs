using System.Device.Gpio;
using System.Threading;
using MailAppliance.Firmware.Board;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>
    /// The status LED, driven from the firmware's main loop: each pattern is a list of on/off
    /// times in milliseconds, played once per <see cref="Play"/> call (about two seconds).
    /// </summary>
    public sealed class StatusLed
    {
        /// <summary>Fast even blinking.</summary>
        public static readonly int[] Booting = { 100, 100, 100, 100, 100, 100, 100, 100, 100, 100 };

        /// <summary>On, with a short dark beat every two seconds.</summary>
        public static readonly int[] Running = { 1900, 100 };

        /// <summary>Two short flashes, then dark.</summary>
        public static readonly int[] SdCardMissing = { 150, 150, 150, 1550 };

        /// <summary>Three short flashes, then dark.</summary>
        public static readonly int[] NoNetwork = { 150, 150, 150, 150, 150, 1250 };

        private readonly GpioPin _pin;
        private readonly PinValue _on;
        private readonly PinValue _off;

        public StatusLed(LedConfig config)
        {
            _pin = new GpioController().OpenPin(config.Pin, PinMode.Output);
            _on = config.ActiveHigh ? PinValue.High : PinValue.Low;
            _off = config.ActiveHigh ? PinValue.Low : PinValue.High;
            _pin.Write(_off);
        }

        /// <summary>Plays one round of the pattern (even entries lit, odd dark); blocks until done.</summary>
        public void Play(int[] pattern)
        {
            for (int i = 0; i < pattern.Length; i++)
            {
                _pin.Write(i % 2 == 0 ? _on : _off);
                Thread.Sleep(pattern[i]);
            }
        }
    }
}
