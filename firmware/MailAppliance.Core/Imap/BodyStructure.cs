using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// FETCH's ENVELOPE, BODY and BODYSTRUCTURE (RFC 3501 §7.4.2) from the parts
    /// <see cref="MimeScanner"/> found, and the part a section's number names (§6.4.5).
    /// </summary>
    internal static class BodyStructure
    {
        /// <summary>ENVELOPE of the message whose header is part <paramref name="index"/>.</summary>
        public static string Envelope(MimePart[] parts, int index)
        {
            MimePart p = parts[index];
            string from = AddressList.Of(p.From);
            // Sender and Reply-To default to From (RFC 3501 §7.4.2).
            return "(" + ImapString.Of(p.Date) + " " + ImapString.Of(p.Subject) + " " + from
                + " " + (p.Sender != null ? AddressList.Of(p.Sender) : from)
                + " " + (p.ReplyTo != null ? AddressList.Of(p.ReplyTo) : from)
                + " " + AddressList.Of(p.To) + " " + AddressList.Of(p.Cc) + " " + AddressList.Of(p.Bcc)
                + " " + ImapString.Of(p.InReplyTo) + " " + ImapString.Of(p.MessageId) + ")";
        }

        /// <summary>BODYSTRUCTURE (<paramref name="extensible"/>) or BODY of part <paramref name="index"/>.</summary>
        public static string Of(MimePart[] parts, int index, bool extensible)
        {
            MimePart p = parts[index];
            if (p.IsMultipart)
            {
                string children = "";
                for (int i = index + 1; i < parts.Length; i++)
                {
                    if (parts[i].Parent == index)
                    {
                        children += Of(parts, i, extensible);
                    }
                }
                string subtype = Subtype(MimeFields.Value(p.ContentType));
                return "(" + children + " " + ImapString.Of(subtype.ToUpper())
                    + (extensible ? " " + Parameters(p.ContentType, false) + " NIL NIL" : "") + ")";
            }
            string type = TypeOf(parts, index);
            string main = type.Substring(0, type.IndexOf('/'));
            string text = "(" + ImapString.Of(main.ToUpper()) + " " + ImapString.Of(Subtype(type).ToUpper())
                + " " + Parameters(p.ContentType, main == "text") + " " + ImapString.Of(p.Id) + " " + ImapString.Of(p.Description)
                + " " + ImapString.Of(p.Encoding == null ? "7BIT" : p.Encoding.ToUpper()) + " " + p.Size;
            if (p.IsMessage)
            {
                text += " " + Envelope(parts, index + 1) + " " + Of(parts, index + 1, extensible) + " " + p.Lines;
            }
            else if (main == "text")
            {
                text += " " + p.Lines;
            }
            if (extensible)
            {
                // body-fld-md5, body-fld-dsp, body-fld-lang.
                string disposition = MimeFields.Value(p.Disposition);
                text += " NIL " + (disposition.Length == 0 ? "NIL" : "(" + ImapString.Of(disposition.ToUpper()) + " " + Parameters(p.Disposition, false) + ")") + " NIL";
            }
            return text + ")";
        }

        /// <summary>
        /// The part a section's number names ("1", "2.3"), or -1: past a message/rfc822 part the
        /// numbers go on in the message it holds, and a part that is no multipart has only part 1,
        /// itself (RFC 3501 §6.4.5).
        /// </summary>
        public static int Find(MimePart[] parts, string number)
        {
            string[] steps = number.Split('.');
            int at = 0;
            for (int s = 0; s < steps.Length; s++)
            {
                long n;
                if (!Numbers.TryParse(steps[s], out n) || n < 1)
                {
                    return -1;
                }
                if (parts[at].IsMessage && s > 0)
                {
                    at++;
                }
                if (!parts[at].IsMultipart)
                {
                    if (n != 1)
                    {
                        return -1;
                    }
                    continue;
                }
                int child = -1;
                for (int i = at + 1; i < parts.Length && n > 0; i++)
                {
                    if (parts[i].Parent == at && --n == 0)
                    {
                        child = i;
                    }
                }
                if (child < 0)
                {
                    return -1;
                }
                at = child;
            }
            return at;
        }

        // "type/subtype" with RFC 2045 §5.2's default, and message/rfc822 in a digest (RFC 2046 §5.1.5).
        private static string TypeOf(MimePart[] parts, int index)
        {
            MimePart p = parts[index];
            string type = MimeFields.Value(p.ContentType);
            if (p.IsMessage)
            {
                return "message/rfc822";
            }
            if (type.IndexOf('/') <= 0 || type.StartsWith("multipart/"))
            {
                return "text/plain"; // no type, a broken one, or a multipart without its parts
            }
            return type;
        }

        private static string Subtype(string type)
        {
            int slash = type.IndexOf('/');
            return slash < 0 ? "" : type.Substring(slash + 1);
        }

        // body-fld-param: ("NAME" "value" ...) or NIL; a text part with no Content-Type is US-ASCII.
        private static string Parameters(string field, bool text)
        {
            if (field == null)
            {
                return text ? "(\"CHARSET\" \"US-ASCII\")" : "NIL";
            }
            string[] pairs = MimeFields.Parameters(field);
            if (pairs.Length == 0)
            {
                return "NIL";
            }
            string list = "";
            for (int i = 0; i < pairs.Length; i += 2)
            {
                list += (i == 0 ? "" : " ") + ImapString.Of(pairs[i].ToUpper()) + " " + ImapString.Of(pairs[i + 1]);
            }
            return "(" + list + ")";
        }
    }
}
