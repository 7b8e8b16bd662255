namespace MailAppliance.Firmware.Board
{
    /// <summary>The status LED (on the board or added with a resistor).</summary>
    public sealed class LedConfig
    {
        public int Pin { get; set; }
        public bool ActiveHigh { get; set; }
    }
}
