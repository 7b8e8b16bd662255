namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// One mail folder as an IMAP session sees it while it is selected: its messages in UID
    /// order, indexed from 0 (message sequence number minus one), with their flags. Changes made
    /// through it are on the card when the call returns; a message expunged leaves the indexes
    /// after it one lower, as sequence numbers do (RFC 3501 §7.4.1).
    /// </summary>
    public interface IImapFolder
    {
        /// <summary>Changes only when the folder's UIDs could not be kept (RFC 3501 §2.3.1.1).</summary>
        long UidValidity { get; }

        /// <summary>The UID the next message will have, at least.</summary>
        long UidNext { get; }

        int Count { get; }

        long UidOf(int index);

        long SizeOf(int index);

        /// <summary>The message's <see cref="MessageFlags"/>, keywords included.</summary>
        int FlagsOf(int index);

        /// <summary>The folder's keywords: name i is <see cref="MessageFlags.Keyword"/>(i).</summary>
        string[] Keywords { get; }

        /// <summary>
        /// The bit of keyword <paramref name="name"/> (compared ignoring case), made and kept in
        /// the folder when new; 0 when the folder holds <see cref="MessageFlags.MaxKeywords"/>
        /// already or the card failed.
        /// </summary>
        int KeywordFlag(string name);

        /// <summary>When the message arrived (IMAP's INTERNALDATE), UTC.</summary>
        System.DateTime ArrivedOf(int index);

        /// <summary>Reads up to <paramref name="count"/> bytes from <paramref name="position"/>; 0 at the end, -1 when the card fails.</summary>
        int Read(int index, long position, byte[] buffer, int offset, int count);

        /// <summary>Replaces the message's flags.</summary>
        StoreResult SetFlags(int index, int flags);

        /// <summary>Removes the message for good.</summary>
        StoreResult Expunge(int index);

        /// <summary>
        /// Looks at the folder again for what others changed since (a delivery, POP3's DELE):
        /// messages gone are dropped and their indexes, as they were, returned (ascending);
        /// messages new since are appended after the others. Null when the card fails.
        /// </summary>
        int[] Refresh();

        /// <summary>Closes any file held open.</summary>
        void Release();
    }
}
