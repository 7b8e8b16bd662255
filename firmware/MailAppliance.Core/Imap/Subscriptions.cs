using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The names a user subscribed to (RFC 3501 §6.3.6), kept on the card as one name per line,
    /// readable on a PC. A user who never subscribed has INBOX and the special-use folders, so a
    /// client that shows only subscribed folders (Thunderbird's default) shows those at once.
    /// </summary>
    internal static class Subscriptions
    {
        /// <summary>The names in <paramref name="text"/> (null: the defaults).</summary>
        public static string[] Parse(string text)
        {
            if (text == null)
            {
                var defaults = StringArrays.New(MailboxNames.SpecialUse.Length + 1);
                defaults[0] = "INBOX";
                System.Array.Copy(MailboxNames.SpecialUse, 0, defaults, 1, MailboxNames.SpecialUse.Length);
                return defaults;
            }
            string[] lines = text.Split('\n');
            var names = StringArrays.New(lines.Length);
            int count = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                string name = lines[i].Trim();
                if (name.Length > 0)
                {
                    names[count++] = name;
                }
            }
            return StringArrays.Resize(names, count);
        }

        /// <summary>The text for <paramref name="names"/>, with <paramref name="name"/> added or removed.</summary>
        public static string Change(string[] names, string name, bool subscribe)
        {
            string text = "";
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] != name)
                {
                    text += names[i] + "\n";
                }
            }
            return subscribe ? text + name + "\n" : text;
        }
    }
}
