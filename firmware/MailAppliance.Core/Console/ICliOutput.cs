namespace MailAppliance.Core.Console
{
    /// <summary>Where the console engine writes (the serial port, through the line editor).</summary>
    public interface ICliOutput
    {
        /// <summary>Writes text as it is; line ends are "\r\n".</summary>
        void Write(string text);
    }
}
