namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The clock's configuration (IOS: <c>clock timezone NAME HOURS [MINUTES]</c>,
    /// <c>ntp server ADDRESS</c>), saved in the startup-config like the rest.
    /// </summary>
    public sealed class ClockSettings
    {
        public ClockSettings()
        {
            ZoneName = "UTC";
        }

        /// <summary>The zone's name as the teacher typed it (CET, EST); "UTC" by default.</summary>
        public string ZoneName { get; set; }

        /// <summary>Local time minus UTC, in minutes (IOS: -23 to +23 hours and 0-59 minutes).</summary>
        public int ZoneOffsetMinutes { get; set; }

        /// <summary>The NTP server the appliance sets its clock from; 0 for none.</summary>
        public uint NtpServer { get; set; }
    }
}
