using System;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>A clock the test moves by hand.</summary>
    public sealed class SettableClock : IClock
    {
        public DateTime UtcNow { get; set; } = new DateTime(2026, 11, 26, 10, 0, 0);
    }
}
