namespace MailAppliance.Core.Imap
{
    /// <summary>The mailboxes LIST and LSUB name (RFC 3501 §6.3.8): INBOX is the only one yet.</summary>
    internal static class MailboxNames
    {
        /// <summary>True for INBOX, in any case (RFC 3501 §5.1).</summary>
        public static bool IsInbox(string name)
        {
            return name.ToUpper() == "INBOX";
        }

        /// <summary>The LIST (or LSUB) lines for <paramref name="pattern"/>: '*' and '%' match anything.</summary>
        public static string[] List(string command, string pattern)
        {
            if (pattern.Length == 0)
            {
                // An empty pattern asks for the hierarchy delimiter.
                return new string[] { "* " + command + " (\\Noselect) \"/\" \"\"" };
            }
            string upper = pattern.ToUpper();
            int wildcard = upper.IndexOfAny(new char[] { '*', '%' });
            bool inbox = upper == "INBOX" || (wildcard >= 0 && wildcard == upper.Length - 1 && "INBOX".StartsWith(upper.Substring(0, wildcard)));
            return inbox ? new string[] { string.Format(ImapReplies.ListInbox, command) } : new string[0];
        }
    }
}
