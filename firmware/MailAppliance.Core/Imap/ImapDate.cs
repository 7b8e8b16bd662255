namespace MailAppliance.Core.Imap
{
    /// <summary>SEARCH's date (RFC 3501 §9: date-day "-" date-month "-" date-year, "1-Dec-2026"), quoted or not.</summary>
    internal static class ImapDate
    {
        public static bool TryParse(string text, out System.DateTime day)
        {
            day = System.DateTime.MinValue;
            string[] parts = text.Trim('"').Split('-');
            long number;
            long year;
            int month = parts.Length == 3 && parts[1].Length == 3 ? Text.Rfc5322Date.MonthNumber(parts[1]) : 0;
            if (month == 0 || parts[0].Length == 0 || parts[0].Length > 2 || parts[2].Length != 4
                || !Text.Numbers.TryParse(parts[0], out number) || !Text.Numbers.TryParse(parts[2], out year)
                || number < 1 || year < 1 || number > System.DateTime.DaysInMonth((int)year, month))
            {
                return false;
            }
            day = new System.DateTime((int)year, month, (int)number);
            return true;
        }

        /// <summary>
        /// The day a Date: field names, as written there: SENTON and the like disregard its time
        /// and zone (RFC 3501 §6.4.4), so 23:30 -0500 on 1 Dec is 1 Dec, not UTC's 2 Dec.
        /// </summary>
        public static bool FromHeader(string field, out System.DateTime day)
        {
            day = System.DateTime.MinValue;
            System.DateTime utc;
            if (!Text.Rfc5322Date.TryParse(field, out utc))
            {
                return false;
            }
            string[] words = field.Split(' ', '\t', ',');
            string[] kept = Text.StringArrays.New(3);
            int count = 0;
            for (int i = 0; i < words.Length && count < 3; i++)
            {
                string word = words[i].Trim();
                bool isDay = count == 0 && word.Length > 0 && word.Length <= 2 && word[0] >= '0' && word[0] <= '9';
                if (isDay || (count > 0 && word.Length > 0))
                {
                    kept[count++] = word;
                }
            }
            return count == 3 && TryParse(kept[0] + "-" + kept[1] + "-" + kept[2], out day);
        }

        /// <summary>Sets <paramref name="error"/> when <paramref name="text"/> is no date.</summary>
        public static void Check(string text, ref string error)
        {
            System.DateTime day;
            if (error == null && !TryParse(text, out day))
            {
                error = "Dates are written like 1-Dec-2026";
            }
        }
    }
}
