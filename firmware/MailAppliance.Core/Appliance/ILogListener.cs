namespace MailAppliance.Core.Appliance
{
    /// <summary>Receives each event as it is logged (the console prints it).</summary>
    public interface ILogListener
    {
        void Logged(string line);
    }
}
