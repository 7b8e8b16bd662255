namespace MailAppliance.Core.Storage
{
    /// <summary>The mailboxes on the SD card, as the engines see them.</summary>
    public interface IMailStore
    {
        /// <summary>Starts a new message in temporary storage, invisible to every mailbox until committed.</summary>
        StoreResult BeginMessage(out IMessageWriter writer);

        /// <summary>Opens a user's mailbox for a POP3 session (the caller holds its lock).</summary>
        StoreResult OpenMailbox(string user, out IMailbox mailbox);

        /// <summary>How many messages a mailbox holds and their total size.</summary>
        StoreResult MailboxUsage(string user, out int count, out long bytes);

        /// <summary>Deletes a mailbox and every message in it (when its user is removed).</summary>
        StoreResult DeleteMailbox(string user);
    }
}
