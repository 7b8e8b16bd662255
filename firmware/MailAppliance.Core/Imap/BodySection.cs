using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// One body item of a FETCH (RFC 3501 §6.4.5): BODY[section]&lt;partial&gt;, BODY.PEEK[...],
    /// RFC822, RFC822.HEADER or RFC822.TEXT. A section is the whole message, its HEADER, TEXT or
    /// chosen fields (HEADER.FIELDS (...), .NOT), or a part by number ("1.2") with, after it,
    /// MIME (the part's own header), or HEADER or TEXT (of the message a message/rfc822 part holds).
    /// </summary>
    internal sealed class BodySection
    {
        public const int Whole = 0;
        public const int Header = 1;
        public const int Text = 2;
        public const int Fields = 3;
        public const int FieldsNot = 4;
        public const int Mime = 5;

        public int Kind { get; private set; }

        /// <summary>The part's number ("1.2"), or null for the message itself.</summary>
        public string Part { get; private set; }

        /// <summary>The field names of HEADER.FIELDS (.NOT).</summary>
        public string[] FieldNames { get; private set; }

        /// <summary>The name the item is answered under: "BODY[1.2]", "BODY[]&lt;0&gt;", "RFC822".</summary>
        public string Name { get; private set; }

        /// <summary>True when reading it sets \Seen (BODY[] and RFC822, not BODY.PEEK[] or RFC822.HEADER).</summary>
        public bool SetsSeen { get; private set; }

        /// <summary>The first byte of a partial fetch, or -1 for all of it.</summary>
        public long PartialStart { get; private set; }

        public long PartialCount { get; private set; }

        /// <summary>The item, or null with <paramref name="error"/>; null error too when it is no body item.</summary>
        public static BodySection Parse(string item, out string error)
        {
            error = null;
            var section = new BodySection();
            section.PartialStart = -1;
            string upper = item.ToUpper();
            if (upper == "RFC822" || upper == "RFC822.HEADER" || upper == "RFC822.TEXT")
            {
                section.Name = upper;
                section.Kind = upper == "RFC822" ? Whole : upper == "RFC822.HEADER" ? Header : Text;
                section.SetsSeen = upper != "RFC822.HEADER";
                return section;
            }
            bool peek = upper.StartsWith("BODY.PEEK[");
            if (!peek && !upper.StartsWith("BODY["))
            {
                return null;
            }
            int open = upper.IndexOf('[');
            int close = upper.LastIndexOf(']');
            string inside = item.Substring(open + 1, close - open - 1);
            if (!section.ReadSection(inside, out error))
            {
                return null;
            }
            section.SetsSeen = !peek;
            section.Name = "BODY[" + inside + "]";
            string partial = upper.Substring(close + 1);
            return partial.Length == 0 || section.ReadPartial(item, partial, out error) ? section : null;
        }

        // "<start.count>" (RFC 3501 §6.4.5); the answer names only the start (§7.4.2).
        private bool ReadPartial(string item, string partial, out string error)
        {
            error = null;
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
            if (Kind == Fields || Kind == FieldsNot)
            {
                error = "A partial range of chosen header fields is not supported: " + item;
                return false;
            }
            PartialStart = start;
            PartialCount = count;
            Name += "<" + start + ">";
            return true;
        }

        private bool ReadSection(string section, out string error)
        {
            error = null;
            // A part number first: digits and dots, up to a keyword.
            int end = 0;
            while (end < section.Length && (section[end] == '.' || (section[end] >= '0' && section[end] <= '9')))
            {
                end++;
            }
            string rest = section;
            if (end > 0)
            {
                Part = section.Substring(0, end).TrimEnd('.');
                rest = end < section.Length ? section.Substring(end) : "";
                if (Part.Length == 0 || Part[0] == '.' || Part.IndexOf("..") >= 0 || (rest.Length > 0 && section[end - 1] != '.'))
                {
                    error = "A part is numbered like 1.2: [" + section + "]";
                    return false;
                }
            }
            string upper = rest.ToUpper();
            if (upper.Length == 0 || upper == "HEADER" || upper == "TEXT" || (upper == "MIME" && Part != null))
            {
                Kind = upper.Length == 0 ? Whole : upper == "HEADER" ? Header : upper == "TEXT" ? Text : Mime;
                return true;
            }
            bool not = upper.StartsWith("HEADER.FIELDS.NOT ");
            if ((!not && !upper.StartsWith("HEADER.FIELDS ")) || Part != null)
            {
                error = "Unknown or unsupported section [" + section + "]";
                return false;
            }
            int open = rest.IndexOf('(');
            int close = rest.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                error = "HEADER.FIELDS takes a list of field names: [" + section + "]";
                return false;
            }
            string[] names = rest.Substring(open + 1, close - open - 1).Split(' ');
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
            Kind = not ? FieldsNot : Fields;
            return true;
        }
    }
}
