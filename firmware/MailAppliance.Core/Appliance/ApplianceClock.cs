namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The appliance's time: the hardware clock plus the correction that <c>clock set</c>, an NTP
    /// answer or the teacher's tool made. The board has no battery clock, so after power-on its
    /// hardware clock counts from 1970 and the time is "not set" until one of those sets it; IOS
    /// marks such times with '*' and so does the appliance, in the trace, the log and
    /// <c>show clock</c>, and mail stamped meanwhile says so in its Date: and Received: lines.
    /// </summary>
    public sealed class ApplianceClock : IClock
    {
        // A hardware clock before 2024 was never set: a board counts from 1970 at power-on (a PC's is set).
        private const int FirstPlausibleYear = 2024;

        private readonly IClock _hardware;
        private readonly ClockSettings _settings;
        private long _correctionTicks;
        private bool _set;

        public ApplianceClock(IClock hardware, ClockSettings settings)
        {
            _hardware = hardware;
            _settings = settings;
            Source = "hardware calendar";
        }

        public System.DateTime UtcNow
        {
            get { return _hardware.UtcNow.AddTicks(_correctionTicks); }
        }

        /// <summary>The time in the configured zone (clock timezone).</summary>
        public System.DateTime LocalNow
        {
            get { return UtcNow.AddMinutes(_settings.ZoneOffsetMinutes); }
        }

        /// <summary>The zone's name, for show clock and the time stamps.</summary>
        public string ZoneName
        {
            get { return _settings.ZoneName; }
        }

        /// <summary>True once the time is known: set by hand, by NTP, or a hardware clock that was already right.</summary>
        public bool IsSet
        {
            get { return _set || _hardware.UtcNow.Year >= FirstPlausibleYear; }
        }

        /// <summary>Who set the time last: "hardware calendar", "user configuration", "NTP 192.168.1.1".</summary>
        public string Source { get; private set; }

        /// <summary>Sets the time to <paramref name="utc"/>; <paramref name="source"/> says who did.</summary>
        public void Set(System.DateTime utc, string source)
        {
            _correctionTicks = utc.Ticks - _hardware.UtcNow.Ticks;
            _set = true;
            Source = source;
        }

        /// <summary>Sets the time from a local time in the configured zone (IOS's clock set).</summary>
        public void SetLocal(System.DateTime local, string source)
        {
            Set(local.AddMinutes(-_settings.ZoneOffsetMinutes), source);
        }

        /// <summary>True when <paramref name="clock"/> is an appliance clock that nothing has set yet.</summary>
        public static bool IsUnset(IClock clock)
        {
            var appliance = clock as ApplianceClock;
            return appliance != null && !appliance.IsSet;
        }
    }
}
