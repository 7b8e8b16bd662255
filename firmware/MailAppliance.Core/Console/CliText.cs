namespace MailAppliance.Core.Console
{
    /// <summary>Text helpers for the console: line ends, column padding.</summary>
    public static class CliText
    {
        public const string NewLine = "\r\n";

        /// <summary>The words from <paramref name="from"/> on, joined by blanks.</summary>
        public static string Join(string[] words, int from)
        {
            string text = words[from];
            for (int i = from + 1; i < words.Length; i++)
            {
                text += " " + words[i];
            }
            return text;
        }

        /// <summary>The text padded with spaces to <paramref name="width"/> (never cut).</summary>
        public static string Pad(string text, int width)
        {
            return text.Length >= width ? text + " " : text.PadRight(width, ' ');
        }
    }
}
