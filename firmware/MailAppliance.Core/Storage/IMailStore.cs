namespace MailAppliance.Core.Storage
{
    /// <summary>The mailboxes on the SD card, as the engines see them.</summary>
    public interface IMailStore
    {
        /// <summary>Starts a new message in temporary storage, invisible to every mailbox until committed.</summary>
        StoreResult BeginMessage(out IMessageWriter writer);

        /// <summary>Opens a user's mailbox for a POP3 session (the caller holds its lock).</summary>
        StoreResult OpenMailbox(string user, out IMailbox mailbox);
    }
}
