namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The selected state's commands (RFC 3501 §6.4), read and carried out on a
    /// <see cref="SelectedMailbox"/>; the session turns each <see cref="Outcome"/> into its reply.
    /// </summary>
    internal static class SelectedCommands
    {
        public const int Ok = 0;

        /// <summary>A syntax error: BAD with <c>text</c>.</summary>
        public const int Bad = 1;

        /// <summary>A refusal: <c>text</c> is the whole tagged NO line.</summary>
        public const int No = 2;

        /// <summary>The card failed part-way: the connection ends.</summary>
        public const int CardFailed = 3;

        /// <summary>CLOSE or UNSELECT: the mailbox is no longer selected; then OK.</summary>
        public const int Deselect = 4;

        /// <summary>Not a selected-state command.</summary>
        public const int Unknown = 5;

        /// <summary>
        /// Runs FETCH, STORE, SEARCH, EXPUNGE, CLOSE or UNSELECT, or UID and one of the first
        /// three (RFC 3501 §6.4.8); <paramref name="text"/> goes with Bad and No.
        /// </summary>
        public static int Run(SelectedMailbox mailbox, ImapCommand c, out string text)
        {
            text = null;
            string tag = c.Tag;
            string name = c.Name;
            ImapValue[] args = c.Arguments;
            bool byUid = name == "UID";
            if (byUid)
            {
                if (args.Length == 0)
                {
                    text = "UID needs a command";
                    return Bad;
                }
                name = args[0].Text.ToUpper();
                var rest = new ImapValue[args.Length - 1];
                System.Array.Copy(args, 1, rest, 0, rest.Length);
                args = rest;
                if (name != "FETCH" && name != "STORE" && name != "SEARCH")
                {
                    return Unknown;
                }
            }
            switch (name)
            {
                case "CLOSE":
                    // RFC 3501 §6.4.2: CLOSE expunges silently, unless the mailbox is read-only.
                    return !mailbox.ReadOnly && !mailbox.Expunge(true) ? CardFailed : Deselect;
                case "UNSELECT":
                    return Deselect;
                case "EXPUNGE":
                    if (mailbox.ReadOnly)
                    {
                        text = string.Format(ImapReplies.ReadOnly, tag);
                        return No;
                    }
                    return mailbox.Expunge(false) ? Ok : CardFailed;
                case "FETCH":
                    return Fetch(mailbox, args, byUid, out text);
                case "STORE":
                    return Store(mailbox, tag, args, byUid, out text);
                case "SEARCH":
                    return Search(mailbox, tag, args, byUid, out text);
                default:
                    return Unknown;
            }
        }

        private static int Fetch(SelectedMailbox mailbox, ImapValue[] args, bool byUid, out string text)
        {
            text = null;
            bool[] chosen = args.Length == 2 && args[0].Kind == ImapValue.Atom ? mailbox.Resolve(args[0].Text, byUid) : null;
            FetchRequest request = chosen == null ? null : FetchRequest.Parse(args[1], byUid, out text);
            if (request == null)
            {
                text = text ?? "FETCH takes a sequence set and the items to fetch";
                return Bad;
            }
            return mailbox.Fetch(chosen, request) ? Ok : CardFailed;
        }

        // STORE set (FLAGS|+FLAGS|-FLAGS)[.SILENT] (flags) or a single flag.
        private static int Store(SelectedMailbox mailbox, string tag, ImapValue[] args, bool byUid, out string text)
        {
            text = null;
            bool[] chosen = args.Length == 3 && args[0].Kind == ImapValue.Atom ? mailbox.Resolve(args[0].Text, byUid) : null;
            StoreRequest request = chosen == null ? null : StoreRequest.Parse(args[1], args[2]);
            if (request == null)
            {
                text = "STORE takes a sequence set, FLAGS, +FLAGS or -FLAGS (.SILENT), and system flags";
                return Bad;
            }
            if (mailbox.ReadOnly)
            {
                text = string.Format(ImapReplies.ReadOnly, tag);
                return No;
            }
            return mailbox.Store(chosen, request.Mode, request.Flags, request.Silent, byUid) ? Ok : CardFailed;
        }

        // SEARCH [CHARSET name] keys: the matching message numbers, or UIDs for UID SEARCH.
        private static int Search(SelectedMailbox mailbox, string tag, ImapValue[] args, bool byUid, out string text)
        {
            text = null;
            if (args.Length >= 2 && args[0].Text.ToUpper() == "CHARSET")
            {
                string charset = args[1].Text.ToUpper();
                if (charset != "US-ASCII" && charset != "UTF-8")
                {
                    text = string.Format(ImapReplies.BadCharset, tag);
                    return No;
                }
                var rest = new ImapValue[args.Length - 2];
                System.Array.Copy(args, 2, rest, 0, rest.Length);
                args = rest;
            }
            return mailbox.Search(args, byUid, out text) ? Ok : Bad;
        }
    }
}
