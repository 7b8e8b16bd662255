using MailAppliance.Core.Appliance;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Console
{
    /// <summary>The clock a board without a battery has: not set until told, and saying so. On .NET and nanoCLR.</summary>
    public static class ClockCases
    {
        private static ConsoleFixture AtPowerOn()
        {
            var console = new ConsoleFixture();
            console.HardwareClock.UtcNow = new System.DateTime(1970, 1, 1, 0, 0, 5);
            console.Take();
            return console;
        }

        /// <summary>Until set: show clock and every time stamp begin with '*', as on IOS, and the console says how to set it.</summary>
        public static void AnUnsetClockSaysSo()
        {
            var console = AtPowerOn();
            Expect.True(console.Engine.StartNotice().IndexOf("% The clock is not set") > 0, "the notice before the first prompt");
            ConsoleCases.Type(console, new string[] { "show clock" });
            string shown = console.Take();
            Expect.True(shown.IndexOf("\r\n*00:00:05.000 UTC Thu Jan 1 1970\r\n% The clock is not set") > 0, "show clock: " + shown);
            Expect.True(EventLog.Stamp(console.Clock).StartsWith("*Jan  1 00:00:05"), "the stamp of log and trace lines");
        }

        /// <summary>Mail stamped before the clock is set says so in Date: and Received: (a comment RFC 5322 allows).</summary>
        public static void MailStampedBeforeTheClockIsSetSaysSo()
        {
            var console = AtPowerOn();
            var output = new RecordingOutput();
            var session = new SmtpSession(console.Model, console.Store, console.Clock, console.Trace, output, "192.168.1.4", "smtp 1");
            session.Start();
            byte[] bytes = Latin1.GetBytes("HELO pc0\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\nSubject: t\r\n\r\nx\r\n.\r\n");
            session.Receive(bytes, 0, bytes.Length);
            string message = Latin1.GetString(((StoredMessage)console.Store.Box("client2")[0]).Bytes);
            Expect.True(message.IndexOf("; Thu, 1 Jan 1970 00:00:05 +0000 (appliance clock not set)\r\n") > 0, "Received: " + message);
            Expect.True(message.IndexOf("\r\nDate: Thu, 1 Jan 1970 00:00:05 +0000 (appliance clock not set)\r\n") > 0, "Date: " + message);
        }

        /// <summary>clock set takes the local time, day and month in either order; clock timezone moves what is shown, not UTC.</summary>
        public static void ClockSetAndTimezone()
        {
            var console = AtPowerOn();
            ConsoleCases.Type(console, new string[] { "clock set 14:05:00 3 Dec 2026", "show clock" });
            Expect.True(console.Take().IndexOf("\r\n14:05:00.000 UTC Thu Dec 3 2026\r\nTime source is user configuration\r\n") > 0, "set, in UTC");
            console.HardwareClock.UtcNow = console.HardwareClock.UtcNow.AddSeconds(61);
            ConsoleCases.Type(console, new string[] { "configure terminal", "clock timezone CET 1", "end", "show clock" });
            Expect.True(console.Take().IndexOf("\r\n15:06:01.000 CET Thu Dec 3 2026\r\n") > 0, "the clock runs on, shown in CET");
            ConsoleCases.Type(console, new string[] { "clock set 10:00:00 Dec 24 2026" });
            Expect.Equal(new System.DateTime(2026, 12, 24, 9, 0, 0).Ticks, console.Clock.UtcNow.Ticks, "clock set is local time");
            Expect.True(EventLog.Stamp(console.Clock) == "Dec 24 10:00:00.000", "no '*' once set, local time");
            Expect.True(console.Engine.RunningConfig().IndexOf("\r\nclock timezone CET 1\r\n") > 0, "saved");
            ConsoleCases.Type(console, new string[] { "configure terminal", "clock timezone NST -3 30", "ntp server 192.168.1.1", "end" });
            string config = console.Engine.RunningConfig();
            Expect.True(config.IndexOf("\r\nclock timezone NST -3 30\r\nntp server 192.168.1.1\r\n") > 0, "a negative zone with minutes, the NTP server: " + config);
            ConsoleCases.Type(console, new string[] { "configure terminal", "no clock timezone", "no ntp server", "end" });
            config = console.Engine.RunningConfig();
            Expect.True(config.IndexOf("clock timezone") < 0 && config.IndexOf("ntp server") < 0, "both gone");
        }

        /// <summary>A time that cannot be is refused with the form to use, and the clock keeps its time.</summary>
        public static void BadTimesAreRefused()
        {
            var console = AtPowerOn();
            string[] bad = { "clock set 25:00:00 3 Dec 2026", "clock set 10:00 31 Feb 2026", "clock set 10:00:00 3 Dez 2026", "clock set 10:00:00 3 Dec 1970" };
            for (int i = 0; i < bad.Length; i++)
            {
                ConsoleCases.Type(console, new string[] { bad[i] });
                Expect.True(console.Take().IndexOf("% Give the time as clock set HH:MM:SS DAY MONTH YEAR") > 0, bad[i]);
            }
            Expect.True(!console.Clock.IsSet, "still not set");
            ConsoleCases.Type(console, new string[] { "configure terminal", "clock timezone CET 24" });
            Expect.True(console.Take().IndexOf("% Give the offset from UTC") > 0, "an offset past 23 hours");
        }
    }
}
