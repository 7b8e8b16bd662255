namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// A user's mail folders as IMAP sees them. INBOX is the mailbox POP3 reads; every other
    /// folder has a name whose levels are separated by '/' ("Projects/2026"), checked by the
    /// caller (Imap.MailboxNames) before it comes here, and spelled as <see cref="ListFolders"/> gives it.
    /// </summary>
    public interface IImapStore : IMailStore
    {
        /// <summary>Opens <paramref name="folder"/> ("INBOX" or a listed name) of <paramref name="user"/>; Refused when there is no such folder.</summary>
        StoreResult OpenFolder(string user, string folder, out IImapFolder opened);

        /// <summary>Every folder of the user but INBOX, parents before their children.</summary>
        StoreResult ListFolders(string user, out string[] folders);

        /// <summary>Makes an empty folder (its parents too when missing).</summary>
        StoreResult CreateFolder(string user, string folder);

        /// <summary>Removes a folder that has no sub-folders, and its messages.</summary>
        StoreResult DeleteFolder(string user, string folder);

        /// <summary>
        /// Renames a folder with its sub-folders, keeping its UIDs; from INBOX it moves INBOX's
        /// messages into a new folder instead (RFC 3501 §6.3.5), leaving INBOX empty.
        /// </summary>
        StoreResult RenameFolder(string user, string from, string to);

        /// <summary>
        /// Starts a message for <paramref name="folder"/> with <paramref name="flags"/> (APPEND,
        /// COPY); its <see cref="IMessageWriter.Commit"/> takes no mailboxes: (null, 0).
        /// </summary>
        StoreResult BeginAppend(string user, string folder, int flags, out IMessageWriter writer);

        /// <summary>The names the user subscribed to, one per line; null when none were ever saved.</summary>
        StoreResult ReadSubscriptions(string user, out string text);

        /// <summary>Keeps the subscriptions (the text <see cref="ReadSubscriptions"/> gives back).</summary>
        StoreResult SaveSubscriptions(string user, string text);
    }
}
