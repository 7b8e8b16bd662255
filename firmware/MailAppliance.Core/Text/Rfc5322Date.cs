namespace MailAppliance.Core.Text
{
    /// <summary>Dates as mail headers write them (RFC 5322 §3.3), e.g. "Thu, 26 Nov 2026 13:46:28 +0000".</summary>
    internal static class Rfc5322Date
    {
        private static readonly string[] Days = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        /// <summary>Formats a UTC time with zone +0000.</summary>
        public static string Format(System.DateTime utc)
        {
            return Days[(int)utc.DayOfWeek] + ", " + utc.Day + " " + Months[utc.Month - 1] + " " + utc.Year + " "
                + Numbers.ToDecimal(utc.Hour, 2) + ":" + Numbers.ToDecimal(utc.Minute, 2) + ":" + Numbers.ToDecimal(utc.Second, 2) + " +0000";
        }

        /// <summary>
        /// Reads "[Thu, ]26 Nov 2026 13:46:28 +0100" (RFC 5322 §3.3, with CFWS and a comment after
        /// the zone allowed) as UTC; false for anything else.
        /// </summary>
        public static bool TryParse(string text, out System.DateTime utc)
        {
            utc = System.DateTime.MinValue;
            string[] words = Words(text);
            int w = words.Length > 0 && words[0].EndsWith(",") ? 1 : 0;
            if (words.Length < w + 5)
            {
                return false;
            }
            long day;
            long year;
            int month = MonthNumber(words[w + 1]);
            string[] hms = words[w + 3].Split(':');
            long hour;
            long minute;
            long second = 0;
            string zone = words[w + 4];
            long zoneHours;
            long zoneMinutes;
            if (month == 0 || !Numbers.TryParse(words[w], out day) || !Numbers.TryParse(words[w + 2], out year) || year < 1970 || year > 9999
                || day < 1 || day > System.DateTime.DaysInMonth((int)year, month)
                || hms.Length < 2 || !Numbers.TryParse(hms[0], out hour) || !Numbers.TryParse(hms[1], out minute)
                || (hms.Length > 2 && !Numbers.TryParse(hms[2], out second)) || hour > 23 || minute > 59 || second > 60
                || zone.Length != 5 || (zone[0] != '+' && zone[0] != '-')
                || !Numbers.TryParse(zone.Substring(1, 2), out zoneHours) || !Numbers.TryParse(zone.Substring(3, 2), out zoneMinutes))
            {
                return false;
            }
            var local = new System.DateTime((int)year, month, (int)day, (int)hour, (int)minute, second > 59 ? 59 : (int)second);
            long offsetMinutes = (zoneHours * 60 + zoneMinutes) * (zone[0] == '-' ? -1 : 1);
            utc = local.AddMinutes(-offsetMinutes);
            return true;
        }

        // The blank-separated words of a date, with folding and tabs as blanks.
        private static string[] Words(string text)
        {
            string[] words = StringArrays.New(8);
            int count = 0;
            int start = -1;
            for (int i = 0; i <= text.Length && count < words.Length; i++)
            {
                bool blank = i == text.Length || text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n';
                if (!blank && start < 0)
                {
                    start = i;
                }
                else if (blank && start >= 0)
                {
                    words[count++] = text.Substring(start, i - start);
                    start = -1;
                }
            }
            return StringArrays.Resize(words, count);
        }

        /// <summary>"Thu" for a Thursday.</summary>
        public static string DayName(System.DateTime time)
        {
            return Days[(int)time.DayOfWeek];
        }

        /// <summary>"Nov" for 11.</summary>
        public static string MonthName(int month)
        {
            return Months[month - 1];
        }

        /// <summary>1 to 12 for "Jan" to "Dec" (any case, or the month's full name), 0 for anything else.</summary>
        public static int MonthNumber(string name)
        {
            if (name.Length < 3)
            {
                return 0;
            }
            string prefix = name.Substring(0, 3).ToLower();
            for (int i = 0; i < Months.Length; i++)
            {
                if (Months[i].ToLower() == prefix)
                {
                    return i + 1;
                }
            }
            return 0;
        }
    }
}
