using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// What a FETCH asks for (RFC 3501 §6.4.5): FLAGS, UID, RFC822.SIZE, INTERNALDATE, and the
    /// whole message as BODY[], BODY.PEEK[] or RFC822, with a partial range &lt;start.count&gt;.
    /// The macro FAST is read too. Sections inside a message (HEADER, TEXT, part numbers),
    /// ENVELOPE and BODYSTRUCTURE are not read yet: a FETCH naming one is refused as a whole.
    /// </summary>
    internal sealed class FetchRequest
    {
        public bool Flags { get; private set; }
        public bool Uid { get; private set; }
        public bool Size { get; private set; }
        public bool InternalDate { get; private set; }

        /// <summary>True when the message's bytes are asked for.</summary>
        public bool Body { get; private set; }

        /// <summary>The name the body is answered under: "BODY[]", "BODY[]&lt;0&gt;" or "RFC822".</summary>
        public string BodyName { get; private set; }

        /// <summary>True when reading the body sets \Seen (BODY[] and RFC822, not BODY.PEEK[]).</summary>
        public bool SetsSeen { get; private set; }

        /// <summary>The first byte of a partial fetch, or -1 for the whole body.</summary>
        public long PartialStart { get; private set; }

        public long PartialCount { get; private set; }

        /// <summary>
        /// Reads the FETCH items (one atom or a list); null with <paramref name="error"/> when one
        /// is not known or not supported.
        /// </summary>
        public static FetchRequest Parse(ImapValue items, bool byUid, out string error)
        {
            var request = new FetchRequest();
            request.PartialStart = -1;
            request.Uid = byUid; // RFC 3501 §6.4.8: UID FETCH always answers the UID.
            error = null;
            if (items.Kind == ImapValue.List)
            {
                if (items.Items.Length == 0)
                {
                    error = "FETCH needs at least one item";
                    return null;
                }
                for (int i = 0; i < items.Items.Length; i++)
                {
                    if (!request.Add(items.Items[i].Text, out error))
                    {
                        return null;
                    }
                }
                return request;
            }
            if (items.Text.ToUpper() == "FAST")
            {
                request.Flags = true;
                request.InternalDate = true;
                request.Size = true;
                return request;
            }
            return request.Add(items.Text, out error) ? request : null;
        }

        private bool Add(string item, out string error)
        {
            error = null;
            string upper = item.ToUpper();
            switch (upper)
            {
                case "FLAGS":
                    Flags = true;
                    return true;
                case "UID":
                    Uid = true;
                    return true;
                case "RFC822.SIZE":
                    Size = true;
                    return true;
                case "INTERNALDATE":
                    InternalDate = true;
                    return true;
                case "RFC822":
                    Body = true;
                    BodyName = "RFC822";
                    SetsSeen = true;
                    return true;
            }
            bool peek = upper.StartsWith("BODY.PEEK[");
            if (!peek && !upper.StartsWith("BODY["))
            {
                error = "Unknown or unsupported FETCH item " + item;
                return false;
            }
            int open = upper.IndexOf('[');
            int close = upper.IndexOf(']');
            if (close != open + 1)
            {
                error = "Message sections are not supported yet: " + item;
                return false;
            }
            Body = true;
            SetsSeen = !peek;
            BodyName = "BODY[]";
            string partial = upper.Substring(close + 1);
            if (partial.Length == 0)
            {
                return true;
            }
            // "<start.count>" (RFC 3501 §6.4.5); the answer names only the start (§7.4.2).
            int dot = partial.IndexOf('.');
            long start;
            long count;
            if (partial[0] != '<' || partial[partial.Length - 1] != '>' || dot < 0
                || !Numbers.TryParse(partial.Substring(1, dot - 1), out start)
                || !Numbers.TryParse(partial.Substring(dot + 1, partial.Length - dot - 2), out count) || count == 0)
            {
                error = "A partial range is <start.count>: " + item;
                return false;
            }
            PartialStart = start;
            PartialCount = count;
            BodyName = "BODY[]<" + start + ">";
            return true;
        }
    }
}
