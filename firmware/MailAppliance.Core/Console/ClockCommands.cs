using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// IOS's clock commands: <c>clock set HH:MM:SS DAY MONTH YEAR</c> (or MONTH DAY) in EXEC,
    /// <c>show clock</c>, and in configuration <c>clock timezone NAME HOURS [MINUTES]</c> and
    /// <c>ntp server ADDRESS</c>. show clock prints as IOS does, '*' first while the time is not
    /// set (the board has no battery clock: after power-on it counts from 1970).
    /// </summary>
    internal static class ClockCommands
    {
        /// <summary>What the console says before its first prompt while the time is not set.</summary>
        public const string UnsetNotice = "% The clock is not set (the board has no battery clock): mail and traces are stamped from power-on, marked '*'. "
            + "Set it with 'clock set HH:MM:SS DAY MONTH YEAR', 'ntp server ADDRESS' or the teacher's tool";

        /// <summary>clock set: words "clock", "set", time, then day and month in either order, then year.</summary>
        public static bool Set(ApplianceClock clock, string[] w, ICliOutput output)
        {
            System.DateTime local;
            string error = ParseSet(w, out local);
            if (error != null)
            {
                output.Write(error + CliText.NewLine);
                return false;
            }
            clock.SetLocal(local, "user configuration");
            return true;
        }

        /// <summary>"*10:00:00.000 UTC Thu Nov 26 2026" (IOS's format), with where the time came from.</summary>
        public static string Show(ApplianceClock clock)
        {
            System.DateTime t = clock.LocalNow;
            string line = (clock.IsSet ? "" : "*") + Numbers.ToDecimal(t.Hour, 2) + ":" + Numbers.ToDecimal(t.Minute, 2) + ":" + Numbers.ToDecimal(t.Second, 2) + "." + Numbers.ToDecimal(t.Millisecond, 3)
                + " " + clock.ZoneName + " " + Rfc5322Date.DayName(t) + " " + Rfc5322Date.MonthName(t.Month) + " " + t.Day + " " + t.Year + CliText.NewLine;
            return line + (clock.IsSet
                ? "Time source is " + clock.Source + CliText.NewLine
                : "% The clock is not set: times are counted from power-on. Set it with 'clock set HH:MM:SS DAY MONTH YEAR', 'ntp server ADDRESS' or the teacher's tool" + CliText.NewLine);
        }

        /// <summary>clock timezone NAME HOURS [MINUTES]; an error line or null.</summary>
        public static string Timezone(ClockSettings settings, string[] w, bool no)
        {
            if (no)
            {
                settings.ZoneName = "UTC";
                settings.ZoneOffsetMinutes = 0;
                return null;
            }
            long hours;
            long minutes = 0;
            string hoursText = w[3];
            bool negative = hoursText.StartsWith("-");
            if (!Numbers.TryParse(negative ? hoursText.Substring(1) : hoursText, out hours) || hours > 23
                || (w.Length > 4 && (!Numbers.TryParse(w[4], out minutes) || minutes > 59)))
            {
                return "% Give the offset from UTC as HOURS (-23 to 23) and MINUTES (0 to 59): clock timezone CET 1";
            }
            if (w[2].Length > 7)
            {
                return "% A time zone's name has at most 7 characters (IOS's limit)";
            }
            settings.ZoneName = w[2];
            settings.ZoneOffsetMinutes = (int)((negative ? -1 : 1) * (hours * 60 + minutes));
            return null;
        }

        // IOS: clock set 10:00:00 26 Nov 2026, or clock set 10:00:00 Nov 26 2026.
        private static string ParseSet(string[] w, out System.DateTime local)
        {
            local = System.DateTime.MinValue;
            const string Usage = "% Give the time as clock set HH:MM:SS DAY MONTH YEAR (clock set 14:05:00 3 Dec 2026)";
            string[] hms = w[2].Split(':');
            long hour;
            long minute;
            long second = 0;
            if (hms.Length < 2 || hms.Length > 3 || !Numbers.TryParse(hms[0], out hour) || !Numbers.TryParse(hms[1], out minute)
                || (hms.Length == 3 && !Numbers.TryParse(hms[2], out second)) || hour > 23 || minute > 59 || second > 59)
            {
                return Usage;
            }
            bool dayFirst = w[3].Length > 0 && w[3][0] >= '0' && w[3][0] <= '9';
            long day;
            long year;
            int month = Rfc5322Date.MonthNumber(dayFirst ? w[4] : w[3]);
            if (month == 0 || !Numbers.TryParse(dayFirst ? w[3] : w[4], out day) || !Numbers.TryParse(w[5], out year)
                || year < 1993 || year > 2035 || day < 1 || day > System.DateTime.DaysInMonth((int)year, month))
            {
                return Usage;
            }
            local = new System.DateTime((int)year, month, (int)day, (int)hour, (int)minute, (int)second);
            return null;
        }
    }
}
