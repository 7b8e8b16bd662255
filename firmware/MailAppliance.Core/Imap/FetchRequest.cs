using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// What a FETCH asks for (RFC 3501 §6.4.5): FLAGS, UID, RFC822.SIZE, INTERNALDATE, and one
    /// body item: the whole message (BODY[], BODY.PEEK[], RFC822), its header (BODY[HEADER],
    /// RFC822.HEADER), its text (BODY[TEXT], RFC822.TEXT) or chosen header fields
    /// (BODY[HEADER.FIELDS (...)] and .NOT), with a partial range &lt;start.count&gt; except on
    /// chosen fields. The macro FAST is read too. MIME part numbers, ENVELOPE and BODYSTRUCTURE
    /// are not read yet: a FETCH naming one is refused as a whole.
    /// </summary>
    internal sealed class FetchRequest
    {
        public const int Whole = 0;
        public const int Header = 1;
        public const int Text = 2;
        public const int Fields = 3;
        public const int FieldsNot = 4;

        public bool Flags { get; private set; }
        public bool Uid { get; private set; }
        public bool Size { get; private set; }
        public bool InternalDate { get; private set; }

        /// <summary>True when the message's bytes are asked for.</summary>
        public bool Body { get; private set; }

        /// <summary><see cref="Whole"/>, <see cref="Header"/>, <see cref="Text"/>, <see cref="Fields"/> or <see cref="FieldsNot"/>.</summary>
        public int Section { get; private set; }

        /// <summary>The field names of HEADER.FIELDS (.NOT).</summary>
        public string[] FieldNames { get; private set; }

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
                case "RFC822.HEADER":
                case "RFC822.TEXT":
                    if (Body)
                    {
                        error = "One body item per FETCH, for now";
                        return false;
                    }
                    Body = true;
                    BodyName = upper;
                    Section = upper == "RFC822" ? Whole : upper == "RFC822.HEADER" ? Header : Text;
                    SetsSeen = upper != "RFC822.HEADER";
                    return true;
            }
            bool peek = upper.StartsWith("BODY.PEEK[");
            if (!peek && !upper.StartsWith("BODY["))
            {
                error = "Unknown or unsupported FETCH item " + item;
                return false;
            }
            if (Body)
            {
                error = "One body item per FETCH, for now";
                return false;
            }
            int open = upper.IndexOf('[');
            int close = upper.LastIndexOf(']');
            if (!ReadSection(item.Substring(open + 1, close - open - 1), out error))
            {
                return false;
            }
            Body = true;
            SetsSeen = !peek;
            BodyName = "BODY[" + item.Substring(open + 1, close - open - 1) + "]";
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
            if (Section == Fields || Section == FieldsNot)
            {
                error = "A partial range of chosen header fields is not supported: " + item;
                return false;
            }
            PartialStart = start;
            PartialCount = count;
            BodyName += "<" + start + ">";
            return true;
        }

        // "", HEADER, TEXT, HEADER.FIELDS (A B), HEADER.FIELDS.NOT (A B); part numbers and MIME are not read yet.
        private bool ReadSection(string section, out string error)
        {
            error = null;
            string upper = section.ToUpper();
            if (upper.Length == 0 || upper == "HEADER" || upper == "TEXT")
            {
                Section = upper.Length == 0 ? Whole : upper == "HEADER" ? Header : Text;
                return true;
            }
            bool not = upper.StartsWith("HEADER.FIELDS.NOT ");
            if (!not && !upper.StartsWith("HEADER.FIELDS "))
            {
                error = "Message parts are not supported yet: [" + section + "]";
                return false;
            }
            int open = section.IndexOf('(');
            int close = section.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                error = "HEADER.FIELDS takes a list of field names: [" + section + "]";
                return false;
            }
            string[] names = section.Substring(open + 1, close - open - 1).Split(' ');
            int count = 0;
            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i].Trim('"');
                if (name.Length > 0)
                {
                    names[count++] = name;
                }
            }
            if (count == 0)
            {
                error = "HEADER.FIELDS takes at least one field name";
                return false;
            }
            FieldNames = StringArrays.Resize(names, count);
            Section = not ? FieldsNot : Fields;
            return true;
        }
    }
}
