namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// A string in a server response (RFC 3501 §4.3): NIL for none, a quoted string when it can
    /// be one, else a literal — a header may hold 8-bit bytes (raw UTF-8), which a quoted string
    /// cannot carry. Characters stand for the bytes read from the card (0–255), so the line is
    /// sent with <see cref="Sessions.ReplyChannel.ReplyBytes"/>.
    /// </summary>
    internal static class ImapString
    {
        public static string Of(string text)
        {
            if (text == null)
            {
                return "NIL";
            }
            string quoted = "\"";
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < ' ' || c > '~')
                {
                    return "{" + text.Length + "}\r\n" + text;
                }
                quoted += c == '"' || c == '\\' ? "\\" + c : c.ToString();
            }
            return quoted + "\"";
        }
    }
}
