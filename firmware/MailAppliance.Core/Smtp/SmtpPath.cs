namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// Parses the argument of MAIL and RCPT: "FROM:&lt;path&gt; params" (RFC 5321 §4.1.2).
    /// </summary>
    internal static class SmtpPath
    {
        /// <summary>
        /// Splits "&lt;address&gt; params" into the address (without brackets; "" for the null
        /// path &lt;&gt;) and the parameter text. Lenient like Postfix without strict_rfc821_envelopes:
        /// a space after the colon and a path without angle brackets are accepted, because
        /// hand-typed sessions and old clients send them.
        /// </summary>
        public static bool TryParse(string text, out string address, out string parameters)
        {
            address = null;
            parameters = "";
            text = text.Trim();
            if (text.Length == 0)
            {
                return false;
            }
            int end;
            if (text[0] == '<')
            {
                end = text.IndexOf('>');
                if (end < 0)
                {
                    return false;
                }
                address = text.Substring(1, end - 1);
                end++;
            }
            else
            {
                end = text.IndexOf(' ');
                if (end < 0)
                {
                    end = text.Length;
                }
                address = text.Substring(0, end);
            }
            if (end < text.Length && text[end] != ' ')
            {
                return false;
            }
            parameters = end < text.Length ? text.Substring(end).Trim() : "";
            return IsPlausibleAddress(address);
        }

        /// <summary>Splits an address at its last '@'; the domain is "" when there is none.</summary>
        public static void Split(string address, out string local, out string domain)
        {
            int at = address.LastIndexOf('@');
            local = at < 0 ? address : address.Substring(0, at);
            domain = at < 0 ? "" : address.Substring(at + 1);
        }

        // RFC 5321 §4.1.2 Mailbox: no spaces, brackets or controls. Source routes
        // (@a,@b:user@c, §4.1.1.3) are legacy and refused along with other junk.
        private static bool IsPlausibleAddress(string address)
        {
            for (int i = 0; i < address.Length; i++)
            {
                char c = address[i];
                if (c <= ' ' || c == '<' || c == '>' || c == ',' || c == ':' || c > '~')
                {
                    return false;
                }
            }
            if (address.Length == 0)
            {
                return true;
            }
            int at = address.LastIndexOf('@');
            return at != 0 && at != address.Length - 1;
        }
    }
}
