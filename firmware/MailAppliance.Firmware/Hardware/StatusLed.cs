using System.Device.Gpio;
using System.Threading;
using MailAppliance.Firmware.Board;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>
    /// The status LED, blinking on its own thread: a pattern is a list of on/off times in
    /// milliseconds (about two seconds), repeated until another is shown.
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
        private int[] _pattern = Booting;

        public StatusLed(LedConfig config)
        {
            _pin = new GpioController().OpenPin(config.Pin, PinMode.Output);
            _on = config.ActiveHigh ? PinValue.High : PinValue.Low;
            _off = config.ActiveHigh ? PinValue.Low : PinValue.High;
            _pin.Write(_off);
        }

        /// <summary>Starts blinking <see cref="Booting"/>.</summary>
        public void Start()
        {
            new Thread(Blink).Start();
        }

        /// <summary>Switches to another pattern from its next round on.</summary>
        public void Show(int[] pattern)
        {
            _pattern = pattern;
        }

        private void Blink()
        {
            while (true)
            {
                int[] pattern = _pattern;
                for (int i = 0; i < pattern.Length; i++)
                {
                    _pin.Write(i % 2 == 0 ? _on : _off);
                    Thread.Sleep(pattern[i]);
                }
            }
        }
    }
}
