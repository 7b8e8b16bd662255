namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// An address header (From, To, Cc...) as ENVELOPE gives it (RFC 3501 §7.4.2): a list of
    /// (name adl mailbox host), read leniently from RFC 5322 §3.4's syntax — display names,
    /// angle brackets, quoted strings, comments and groups (a group is opened by
    /// (NIL NIL "name" NIL) and closed by (NIL NIL NIL NIL)). What is not an address is skipped.
    /// </summary>
    internal static class AddressList
    {
        /// <summary>"((...)(...))", or NIL for an absent or empty field.</summary>
        public static string Of(string field)
        {
            if (field == null)
            {
                return "NIL";
            }
            string list = "";
            int start = 0;
            int depth = 0;
            bool quoted = false;
            bool angle = false;
            bool inGroup = false;
            for (int i = 0; i <= field.Length; i++)
            {
                char c = i < field.Length ? field[i] : ',';
                if (quoted)
                {
                    quoted = c != '"' || field[i - 1] == '\\';
                    continue;
                }
                if (c == '(' )
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
                if (depth > 0)
                {
                    continue;
                }
                if (c == '"')
                {
                    quoted = true;
                }
                else if (c == '<')
                {
                    angle = true;
                }
                else if (c == '>')
                {
                    angle = false;
                }
                else if (c == ':' && !angle && !inGroup)
                {
                    list += "(NIL NIL " + ImapString.Of(Unquote(field.Substring(start, i - start))) + " NIL)";
                    inGroup = true;
                    start = i + 1;
                }
                else if ((c == ',' || c == ';') && !angle)
                {
                    list += Address(field.Substring(start, i - start));
                    start = i + 1;
                    if (c == ';' && inGroup)
                    {
                        list += "(NIL NIL NIL NIL)";
                        inGroup = false;
                    }
                }
            }
            if (inGroup)
            {
                list += "(NIL NIL NIL NIL)";
            }
            return list.Length == 0 ? "NIL" : "(" + list + ")";
        }

        // One mailbox: "Name <local@host>", "local@host (Name)" or "local@host".
        private static string Address(string text)
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return "";
            }
            string name = null;
            string spec;
            int open = text.LastIndexOf('<');
            int close = open < 0 ? -1 : text.IndexOf('>', open);
            if (open >= 0 && close > open)
            {
                spec = text.Substring(open + 1, close - open - 1);
                name = Unquote(WithoutComments(text.Substring(0, open)));
            }
            else
            {
                int comment = text.IndexOf('(');
                int end = comment < 0 ? -1 : text.LastIndexOf(')');
                if (comment >= 0 && end > comment)
                {
                    name = text.Substring(comment + 1, end - comment - 1).Trim();
                }
                spec = WithoutComments(text);
            }
            spec = spec.Trim();
            // A source route ("@a,@b:x@y", RFC 5322 §4.4) is obsolete: only the address is kept.
            int route = spec.LastIndexOf(':');
            spec = route >= 0 ? spec.Substring(route + 1) : spec;
            int at = spec.LastIndexOf('@');
            string mailbox = Unquote(at < 0 ? spec : spec.Substring(0, at));
            string host = at < 0 ? "" : spec.Substring(at + 1).Trim();
            // Never NIL: a NIL host marks a group (RFC 3501 §7.4.2); Dovecot's placeholders instead.
            return "(" + ImapString.Of(name != null && name.Length > 0 ? name : null) + " NIL "
                + ImapString.Of(mailbox.Length > 0 ? mailbox : "MISSING_MAILBOX") + " "
                + ImapString.Of(host.Length > 0 ? host : "MISSING_DOMAIN") + ")";
        }

        private static string WithoutComments(string text)
        {
            string kept = "";
            int depth = 0;
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!quoted && c == '(')
                {
                    depth++;
                    continue;
                }
                if (!quoted && c == ')' && depth > 0)
                {
                    depth--;
                    continue;
                }
                if (depth == 0)
                {
                    quoted = c == '"' && (i == 0 || text[i - 1] != '\\') ? !quoted : quoted;
                    kept += c.ToString();
                }
            }
            return kept.Trim();
        }

        // A display name or local part without its quotes and quoting backslashes.
        private static string Unquote(string text)
        {
            text = text.Trim();
            if (text.Length < 2 || text[0] != '"' || text[text.Length - 1] != '"')
            {
                return text;
            }
            int next;
            return MimeFields.Quoted(text, 0, out next);
        }
    }
}
