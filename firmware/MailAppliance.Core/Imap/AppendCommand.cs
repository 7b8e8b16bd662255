using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>APPEND's line, up to its message literal (RFC 3501 §6.3.11): what is checked before the message comes.</summary>
    internal static class AppendCommand
    {
        /// <summary>
        /// Checks APPEND's arguments and the message's size against the target folder, the size
        /// limit and the quota, and opens the message's file; Ok with <paramref name="writer"/>, or
        /// Bad or No with <paramref name="text"/>.
        /// </summary>
        public static int Begin(ImapCommand c, long size, FolderCommands folders, MailboxQuota quota, long maxSize, out IMessageWriter writer, out string text)
        {
            writer = null;
            int flags = AppendFlags(c.Arguments);
            if (flags < 0)
            {
                text = ImapReplies.AppendSyntax;
                return Outcome.Bad;
            }
            string folder = folders.Find(c.Tag, c.Arguments[0].Text, true, out text);
            text = folder == null ? text
                : size > maxSize ? string.Format(ImapReplies.TooBig, c.Tag)
                : folder == "INBOX" && quota.Over(folders.User, size) ? string.Format(ImapReplies.OverQuota, c.Tag) : null;
            if (text != null)
            {
                return Outcome.No;
            }
            if (folders.Store.BeginAppend(folders.User, folder, flags, out writer) != StoreResult.Accepted)
            {
                text = string.Format(ImapReplies.StorageTryLater, c.Tag);
                return Outcome.No;
            }
            return Outcome.Ok;
        }

        // The system flags of APPEND's optional list; keywords are not kept, so they are left out
        // (RFC 3501 §6.3.11 asks only that flags be set "if possible"). The date-time, if any, is
        // read but not kept: INTERNALDATE comes from the message (Storage.ArrivalDate). -1: bad syntax.
        private static int AppendFlags(ImapValue[] args)
        {
            if (args.Length < 1 || args.Length > 3 || !args[0].IsAString)
            {
                return -1;
            }
            int flags = 0;
            int next = 1;
            if (args.Length > 1 && args[1].Kind == ImapValue.List)
            {
                ImapValue[] items = args[1].Items;
                for (int i = 0; i < items.Length; i++)
                {
                    flags |= MessageFlags.Parse(items[i].Text);
                }
                next = 2;
            }
            bool dateOk = next == args.Length || (next == args.Length - 1 && args[next].Kind == ImapValue.String);
            return dateOk ? flags : -1;
        }
    }
}
