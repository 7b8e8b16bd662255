using System;
using System.IO.Ports;
using MailAppliance.Firmware.Board;
using nanoFramework.Hardware.Esp32;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>
    /// The console UART. On ESP32, COM1 is UART0, which carries nanoFramework's debugger and
    /// deployment protocol: opening it would cut flash.ps1 off, so only COM2/COM3 are accepted.
    /// </summary>
    public static class ConsoleUart
    {
        /// <summary>Routes the board's console pins to the UART and opens it (8N1).</summary>
        public static SerialPort Open(ConsoleConfig config)
        {
            if (config.Port == "COM2")
            {
                Configuration.SetPinFunction(config.Tx, DeviceFunction.COM2_TX);
                Configuration.SetPinFunction(config.Rx, DeviceFunction.COM2_RX);
            }
            else if (config.Port == "COM3")
            {
                Configuration.SetPinFunction(config.Tx, DeviceFunction.COM3_TX);
                Configuration.SetPinFunction(config.Rx, DeviceFunction.COM3_RX);
            }
            else
            {
                throw new ArgumentException("the console must be COM2 or COM3, not " + config.Port);
            }
            var port = new SerialPort(config.Port, config.Baud, Parity.None, 8, StopBits.One);
            // A console nobody reads must not hold up the services (ConsoleStreamService stalls it).
            port.WriteTimeout = 500;
            port.Open();
            return port;
        }
    }
}
