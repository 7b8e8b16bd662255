namespace MailAppliance.Core.Storage
{
    /// <summary>The mail folders IMAP reads; INBOX is the mailbox POP3 reads.</summary>
    public interface IImapStore
    {
        /// <summary>Opens <paramref name="folder"/> ("INBOX") of <paramref name="user"/>; Refused when there is no such folder.</summary>
        StoreResult OpenFolder(string user, string folder, out IImapFolder opened);
    }
}
