using MailAppliance.Core.Text;

namespace MailAppliance.Core.Http
{
    /// <summary>HTTP's date (RFC 9110 §5.6.7, IMF-fixdate): "Thu, 03 Dec 2026 15:10:00 GMT"; the obsolete forms are not read.</summary>
    internal static class HttpDate
    {
        public static string Format(System.DateTime utc)
        {
            return Rfc5322Date.DayName(utc) + ", " + Numbers.ToDecimal(utc.Day, 2) + " " + Rfc5322Date.MonthName(utc.Month) + " " + utc.Year + " "
                + Numbers.ToDecimal(utc.Hour, 2) + ":" + Numbers.ToDecimal(utc.Minute, 2) + ":" + Numbers.ToDecimal(utc.Second, 2) + " GMT";
        }

        /// <summary>An IMF-fixdate as UTC; false for anything else (RFC 9110 §13.1.3: then the condition is ignored).</summary>
        public static bool TryParse(string text, out System.DateTime utc)
        {
            utc = System.DateTime.MinValue;
            if (text == null || text.Length != 29 || text[3] != ',' || !text.EndsWith(" GMT"))
            {
                return false;
            }
            // "Thu, 03 Dec 2026 15:10:00 GMT" is RFC 5322's date with a zone name for the offset.
            return Rfc5322Date.TryParse(text.Substring(0, 25) + " +0000", out utc);
        }
    }
}
