using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// What a STORE asks (RFC 3501 §6.4.6): FLAGS, +FLAGS or -FLAGS, with .SILENT, and the flags
    /// (a list or one flag): system flags, and keywords, which the folder numbers as they come.
    /// </summary>
    internal sealed class StoreRequest
    {
        /// <summary>'=' replaces the flags, '+' adds, '-' removes.</summary>
        public char Mode { get; private set; }

        public int Flags { get; private set; }

        /// <summary>True for .SILENT: no FETCH answers with the new flags.</summary>
        public bool Silent { get; private set; }

        /// <summary>True when a keyword could not be kept: the folder holds its 26 already.</summary>
        public bool KeywordsFull { get; private set; }

        /// <summary>
        /// The request after STORE's sequence set: the item and the flags; null when it is not one.
        /// Keywords are looked up (and made) in <paramref name="folder"/>; null: a read-only mailbox, where none is made.
        /// </summary>
        public static StoreRequest Parse(ImapValue item, ImapValue flags, IImapFolder folder)
        {
            string text = item.Text.ToUpper();
            bool silent = text.EndsWith(".SILENT");
            string action = silent ? text.Substring(0, text.Length - 7) : text;
            char mode = action == "FLAGS" ? '=' : action == "+FLAGS" ? '+' : action == "-FLAGS" ? '-' : ' ';
            var request = new StoreRequest();
            int bits = mode == ' ' ? -1 : request.Bits(flags, folder);
            if (bits < 0)
            {
                return null;
            }
            request.Mode = mode;
            request.Flags = bits;
            request.Silent = silent;
            return request;
        }

        // The bits of a flag list or a single flag; -1 when one is neither a system flag nor a keyword.
        private int Bits(ImapValue value, IImapFolder folder)
        {
            ImapValue[] items = value.Kind == ImapValue.List ? value.Items : new ImapValue[] { value };
            int flags = 0;
            for (int i = 0; i < items.Length; i++)
            {
                string name = items[i].Text;
                int flag = MessageFlags.Parse(name);
                if (flag == 0 && (items[i].Kind != ImapValue.Atom || name.Length == 0 || name[0] == '\\'))
                {
                    return -1; // \Recent, an unknown system flag, or no atom
                }
                if (flag == 0 && folder != null)
                {
                    flag = folder.KeywordFlag(name);
                    KeywordsFull |= flag == 0;
                }
                flags |= flag;
            }
            return flags;
        }
    }
}
