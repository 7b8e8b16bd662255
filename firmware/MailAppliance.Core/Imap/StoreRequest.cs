using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// What a STORE asks (RFC 3501 §6.4.6): FLAGS, +FLAGS or -FLAGS, with .SILENT, and the system
    /// flags (a list or one flag). Keywords are not kept yet, so a STORE naming one is refused.
    /// </summary>
    internal sealed class StoreRequest
    {
        /// <summary>'=' replaces the flags, '+' adds, '-' removes.</summary>
        public char Mode { get; private set; }

        public int Flags { get; private set; }

        /// <summary>True for .SILENT: no FETCH answers with the new flags.</summary>
        public bool Silent { get; private set; }

        /// <summary>The request after STORE's sequence set: the item and the flags; null when it is not one.</summary>
        public static StoreRequest Parse(ImapValue item, ImapValue flags)
        {
            string text = item.Text.ToUpper();
            bool silent = text.EndsWith(".SILENT");
            string action = silent ? text.Substring(0, text.Length - 7) : text;
            char mode = action == "FLAGS" ? '=' : action == "+FLAGS" ? '+' : action == "-FLAGS" ? '-' : ' ';
            int bits = mode == ' ' ? -1 : Bits(flags);
            if (bits < 0)
            {
                return null;
            }
            var request = new StoreRequest();
            request.Mode = mode;
            request.Flags = bits;
            request.Silent = silent;
            return request;
        }

        // The bits of a flag list or a single flag; -1 when one is not a system flag.
        private static int Bits(ImapValue value)
        {
            ImapValue[] items = value.Kind == ImapValue.List ? value.Items : new ImapValue[] { value };
            int flags = 0;
            for (int i = 0; i < items.Length; i++)
            {
                int flag = MessageFlags.Parse(items[i].Text);
                if (flag == 0)
                {
                    return -1;
                }
                flags |= flag;
            }
            return flags;
        }
    }
}
