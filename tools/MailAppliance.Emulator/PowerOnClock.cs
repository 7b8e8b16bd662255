using System;
using System.Diagnostics;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Emulator;

/// <summary>A board's hardware clock without a battery: 1970-01-01 at power-on, counting from there (--board-clock).</summary>
public sealed class PowerOnClock : IClock
{
    private readonly Stopwatch _sincePowerOn = Stopwatch.StartNew();

    public DateTime UtcNow => DateTime.UnixEpoch + _sincePowerOn.Elapsed;
}
