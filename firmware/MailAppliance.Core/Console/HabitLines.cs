namespace MailAppliance.Core.Console
{
    /// <summary>
    /// What the console says to the lines IOS users type by habit that have no place here, naming
    /// what to do instead. The ones that are harmless (no ip domain-lookup, service
    /// password-encryption) are accepted instead: there is nothing for them to change.
    /// </summary>
    internal static class HabitLines
    {
        /// <summary>The refusal for a command that begins with <paramref name="word"/>.</summary>
        public static string Refusal(string word)
        {
            switch (word)
            {
                case "ping":
                case "traceroute":
                    return "% The appliance sends no " + word + "s; it answers them: " + word + " it from a lab PC";
                case "banner":
                    return "% No banners on this appliance: its prompt shows its hostname ('hostname NAME')";
                default:
                    return "% No terminal lines to configure here: 'terminal length' and 'terminal history size' in EXEC mode set this console";
            }
        }
    }
}
