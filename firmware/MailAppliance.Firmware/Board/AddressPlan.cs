namespace MailAppliance.Firmware.Board
{
    /// <summary>The address the board takes until the teacher sets one on the console (the lab handout's mail server).</summary>
    public sealed class AddressPlan
    {
        public string Address { get; set; }
        public string Mask { get; set; }
        public string Gateway { get; set; }
    }
}
