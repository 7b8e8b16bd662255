namespace MailAppliance.Core.Appliance
{
    /// <summary>Wall-clock time, passed in so engines never read a clock themselves.</summary>
    public interface IClock
    {
        /// <summary>The current time in UTC.</summary>
        System.DateTime UtcNow { get; }
    }
}
