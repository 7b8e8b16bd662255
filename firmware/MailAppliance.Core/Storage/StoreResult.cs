namespace MailAppliance.Core.Storage
{
    /// <summary>What a storage operation came to; engines map it to their protocol's codes.</summary>
    public enum StoreResult
    {
        /// <summary>Done.</summary>
        Accepted,

        /// <summary>Not done now (card missing, full or unwritable); nothing was half done. SMTP 452, POP3 -ERR [SYS/TEMP].</summary>
        TryLater,

        /// <summary>Will never be done (e.g. a mailbox quota). SMTP 552.</summary>
        Refused
    }
}
