namespace MailAppliance.Core.Storage
{
    /// <summary>A message being received: appended in chunks, then delivered or abandoned.</summary>
    public interface IMessageWriter
    {
        /// <summary>Appends bytes exactly as they are to be stored.</summary>
        StoreResult Append(byte[] buffer, int offset, int count);

        /// <summary>
        /// Makes the message visible in each of the first <paramref name="count"/> mailboxes —
        /// all of them or, on failure, none — after the data is flushed to the card.
        /// </summary>
        StoreResult Commit(string[] mailboxes, int count);

        /// <summary>Throws the message away. Safe to call after a failed append or commit.</summary>
        void Abort();
    }
}
