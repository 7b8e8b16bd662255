using MailAppliance.Core.Text;

namespace MailAppliance.Core.Http
{
    /// <summary>HTTP's date (RFC 9110 §5.6.7, IMF-fixdate): "Thu, 03 Dec 2026 15:10:00 GMT".</summary>
    internal static class HttpDate
    {
        private static string Days(int day)
        {
            return "SunMonTueWedThuFriSat".Substring(day * 3, 3);
        }

        private static string Months(int month)
        {
            return "JanFebMarAprMayJunJulAugSepOctNovDec".Substring((month - 1) * 3, 3);
        }

        public static string Format(System.DateTime utc)
        {
            return Days((int)utc.DayOfWeek) + ", " + Numbers.ToDecimal(utc.Day, 2) + " " + Months(utc.Month) + " " + utc.Year + " "
                + Numbers.ToDecimal(utc.Hour, 2) + ":" + Numbers.ToDecimal(utc.Minute, 2) + ":" + Numbers.ToDecimal(utc.Second, 2) + " GMT";
        }
    }
}
