using MailAppliance.Core.Appliance;

namespace MailAppliance.Platform
{
    /// <summary>The board's (or PC's) clock.</summary>
    public sealed class SystemClock : IClock
    {
        public System.DateTime UtcNow
        {
            get { return System.DateTime.UtcNow; }
        }
    }
}
