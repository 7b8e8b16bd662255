using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The selected state's commands (RFC 3501 §6.4), read and carried out on a
    /// <see cref="SelectedMailbox"/>; the session turns each <see cref="Outcome"/> into its reply.
    /// </summary>
    internal static class SelectedCommands
    {
        /// <summary>
        /// Runs FETCH, STORE, SEARCH, COPY, MOVE, EXPUNGE, CHECK, CLOSE or UNSELECT, or UID and
        /// one of the first five (RFC 3501 §6.4.8); <paramref name="text"/> goes with Bad and No.
        /// </summary>
        public static int Run(SelectedMailbox mailbox, FolderCommands folders, MailboxQuota quota, ImapCommand c, out string text)
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
                    return Outcome.Bad;
                }
                name = args[0].Text.ToUpper();
                var rest = new ImapValue[args.Length - 1];
                System.Array.Copy(args, 1, rest, 0, rest.Length);
                args = rest;
                if (name != "FETCH" && name != "STORE" && name != "SEARCH" && name != "COPY" && name != "MOVE")
                {
                    return Outcome.Unknown;
                }
            }
            switch (name)
            {
                case "CLOSE":
                    // RFC 3501 §6.4.2: CLOSE expunges silently, unless the mailbox is read-only.
                    return !mailbox.ReadOnly && !mailbox.Expunge(true) ? Outcome.CardFailed : Outcome.Deselect;
                case "UNSELECT":
                    return Outcome.Deselect;
                case "CHECK":
                    // RFC 3501 §6.4.1: every change is on the card when its command answers; nothing waits.
                    return Outcome.Ok;
                case "COPY":
                case "MOVE":
                    return Copy(mailbox, folders, quota, tag, args, byUid, name == "MOVE", out text);
                case "EXPUNGE":
                    if (mailbox.ReadOnly)
                    {
                        text = string.Format(ImapReplies.ReadOnly, tag);
                        return Outcome.No;
                    }
                    return mailbox.Expunge(false) ? Outcome.Ok : Outcome.CardFailed;
                case "FETCH":
                    return Fetch(mailbox, args, byUid, out text);
                case "STORE":
                    return Store(mailbox, tag, args, byUid, out text);
                case "SEARCH":
                    return Search(mailbox, tag, args, byUid, out text);
                default:
                    return Outcome.Unknown;
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
                return Outcome.Bad;
            }
            return mailbox.Fetch(chosen, request) ? Outcome.Ok : Outcome.CardFailed;
        }

        // STORE set (FLAGS|+FLAGS|-FLAGS)[.SILENT] (flags) or a single flag.
        private static int Store(SelectedMailbox mailbox, string tag, ImapValue[] args, bool byUid, out string text)
        {
            text = null;
            int keywords = mailbox.Folder.Keywords.Length;
            bool[] chosen = args.Length == 3 && args[0].Kind == ImapValue.Atom ? mailbox.Resolve(args[0].Text, byUid) : null;
            StoreRequest request = chosen == null ? null : StoreRequest.Parse(args[1], args[2], mailbox.ReadOnly ? null : mailbox.Folder);
            if (request == null)
            {
                text = "STORE takes a sequence set, FLAGS, +FLAGS or -FLAGS (.SILENT), and flags";
                return Outcome.Bad;
            }
            if (mailbox.ReadOnly || request.KeywordsFull)
            {
                text = string.Format(mailbox.ReadOnly ? ImapReplies.ReadOnly : ImapReplies.KeywordsFull, tag);
                return Outcome.No;
            }
            return mailbox.Store(chosen, request.Mode, request.Flags, request.Silent, byUid, keywords) ? Outcome.Ok : Outcome.CardFailed;
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
                    return Outcome.No;
                }
                var rest = new ImapValue[args.Length - 2];
                System.Array.Copy(args, 2, rest, 0, rest.Length);
                args = rest;
            }
            return mailbox.Search(args, byUid, out text);
        }

        // COPY or MOVE set mailbox: [TRYCREATE] when the target is missing (RFC 3501 §6.4.7).
        private static int Copy(SelectedMailbox mailbox, FolderCommands folders, MailboxQuota quota, string tag, ImapValue[] args, bool byUid, bool move, out string text)
        {
            text = null;
            bool[] chosen = args.Length == 2 && args[0].Kind == ImapValue.Atom && args[1].IsAString ? mailbox.Resolve(args[0].Text, byUid) : null;
            if (chosen == null)
            {
                text = (move ? "MOVE" : "COPY") + " takes a sequence set and a mailbox name";
                return Outcome.Bad;
            }
            if (move && mailbox.ReadOnly)
            {
                text = string.Format(ImapReplies.ReadOnly, tag);
                return Outcome.No;
            }
            string target = folders.Find(tag, args[1].Text, true, out text);
            if (target == null)
            {
                return Outcome.No;
            }
            if (target == "INBOX" && quota.Over(folders.User, mailbox.SizeOf(chosen)))
            {
                text = string.Format(ImapReplies.OverQuota, tag);
                return Outcome.No;
            }
            StoreResult done = mailbox.CopyTo(chosen, folders.Store, folders.User, target, move);
            if (done != StoreResult.Accepted)
            {
                text = string.Format(ImapReplies.StorageTryLater, tag);
                return Outcome.No;
            }
            // A copy into the selected mailbox is told at once (RFC 3501 §6.4.7 leaves it to the next
            // command; sending it now costs a listing, and saves the client a NOOP).
            return target == mailbox.Name && !mailbox.ReportChanges() ? Outcome.CardFailed : Outcome.Ok;
        }
    }
}
