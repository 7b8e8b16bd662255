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
                + Two(utc.Hour) + ":" + Two(utc.Minute) + ":" + Two(utc.Second) + " +0000";
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

        private static string Two(int value)
        {
            return value < 10 ? "0" + value : value.ToString();
        }
    }
}
