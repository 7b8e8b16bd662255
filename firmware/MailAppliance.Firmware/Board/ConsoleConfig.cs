namespace MailAppliance.Firmware.Board
{
    /// <summary>The teacher's serial console: a UART other than COM1 (nanoFramework's debugger) on free pins.</summary>
    public sealed class ConsoleConfig
    {
        /// <summary>"COM2" or "COM3".</summary>
        public string Port { get; set; }

        public int Baud { get; set; }
        public int Tx { get; set; }
        public int Rx { get; set; }

        /// <summary>How to connect a 3.3 V USB-UART adapter, for flash.ps1 to print.</summary>
        public string Wiring { get; set; }
    }
}
