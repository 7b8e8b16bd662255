namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// One argument of an IMAP command (RFC 3501 §4, RFC 9051 §4): an atom (NIL among them), a
    /// string (quoted or a literal), or a parenthesised list of values. Section specifiers such as
    /// BODY[HEADER.FIELDS (FROM)]&lt;0.100&gt; stay one atom with their brackets, as the grammar
    /// reads them (fetch-att), and are taken apart by the FETCH reader.
    /// </summary>
    internal sealed class ImapValue
    {
        public const int Atom = 0;
        public const int String = 1;
        public const int List = 2;

        private ImapValue(int kind, string text, ImapValue[] items)
        {
            Kind = kind;
            Text = text;
            Items = items;
        }

        public int Kind { get; private set; }

        /// <summary>The atom or the string's content ("" for a list).</summary>
        public string Text { get; private set; }

        /// <summary>A list's values; empty for the others.</summary>
        public ImapValue[] Items { get; private set; }

        public static ImapValue OfAtom(string text)
        {
            return new ImapValue(Atom, text, new ImapValue[0]);
        }

        public static ImapValue OfString(string text)
        {
            return new ImapValue(String, text, new ImapValue[0]);
        }

        public static ImapValue OfList(ImapValue[] items)
        {
            return new ImapValue(List, "", items);
        }

        /// <summary>An atom or a string: what RFC 3501 calls an astring (user names, mailbox names).</summary>
        public bool IsAString
        {
            get { return Kind == Atom || Kind == String; }
        }
    }
}
