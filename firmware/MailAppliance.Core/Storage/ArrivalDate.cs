using MailAppliance.Core.Text;

namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// When a stored message arrived, for IMAP's INTERNALDATE (RFC 3501 §2.3.3: the time of final
    /// delivery): the date of the first Received: line, which the appliance writes on top of every
    /// message it delivers (Smtp.TraceHeaders), read from the message's first bytes. A message a
    /// client stored itself (IMAP APPEND: a sent message, a draft) has no Received: line; its
    /// Date: is used instead. The card's file times are not used: nanoFramework's file system
    /// does not give them.
    /// </summary>
    public static class ArrivalDate
    {
        /// <summary>How much of a message's start is read for it.</summary>
        public const int HeadBytes = 1024;

        /// <summary>The date of the first Received: field in <paramref name="head"/>, else of its Date: field; false when there is neither to read.</summary>
        public static bool TryRead(byte[] head, int length, out System.DateTime utc)
        {
            utc = System.DateTime.MinValue;
            string text = Ascii.GetString(head, 0, length);
            // Only the header section: a "Received:" in the body is text.
            int headerEnd = text.IndexOf("\r\n\r\n");
            if (headerEnd >= 0)
            {
                text = text.Substring(0, headerEnd + 2);
            }
            string field = Field(text, "Received:");
            if (field != null)
            {
                int semicolon = field.LastIndexOf(';');
                return semicolon >= 0 && Rfc5322Date.TryParse(field.Substring(semicolon + 1), out utc);
            }
            field = Field(text, "Date:");
            return field != null && Rfc5322Date.TryParse(field.Substring(5), out utc);
        }

        // The first field called name (with its colon), unfolded lines and all; null when there is none.
        private static string Field(string text, string name)
        {
            bool first = text.StartsWith(name);
            int start = first ? 0 : text.IndexOf("\r\n" + name);
            if (start < 0)
            {
                return null;
            }
            start += first ? 0 : 2;
            // The field runs on over folded lines (CRLF then a blank) to a CRLF not followed by one.
            int end = start;
            while (true)
            {
                end = text.IndexOf("\r\n", end);
                if (end < 0)
                {
                    return null;
                }
                if (end + 2 >= text.Length || (text[end + 2] != ' ' && text[end + 2] != '\t'))
                {
                    break;
                }
                end += 2;
            }
            return text.Substring(start, end - start);
        }
    }
}
