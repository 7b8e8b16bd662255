using System;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>A clock stopped at 2026-11-26 10:00:00 UTC, a Thursday (no DateTimeKind: nanoFramework's DateTime is always UTC).</summary>
    public sealed class FixedClock : IClock
    {
        public DateTime UtcNow => new DateTime(2026, 11, 26, 10, 0, 0);
    }
}
