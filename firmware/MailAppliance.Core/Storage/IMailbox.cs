namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// A snapshot of one mailbox for a POP3 session: its messages in arrival order, indexed
    /// from 0. Messages that arrive meanwhile are not in it (RFC 1939 §4: the maildrop is
    /// fixed for the session).
    /// </summary>
    public interface IMailbox
    {
        /// <summary>Number of messages in the snapshot.</summary>
        int Count { get; }

        /// <summary>Exact size in bytes of message <paramref name="index"/>, as RETR sends it before dot-stuffing.</summary>
        long SizeOf(int index);

        /// <summary>The message's unique id: stable across restarts, never reused (RFC 1939 §7, UIDL).</summary>
        string UidOf(int index);

        /// <summary>Reads up to <paramref name="count"/> bytes from <paramref name="position"/>; 0 at the end, -1 when the card fails.</summary>
        int Read(int index, long position, byte[] buffer, int offset, int count);

        /// <summary>Removes the messages whose flag is set. Accepted only when all of them are gone.</summary>
        StoreResult Delete(bool[] marked);

        /// <summary>Closes any file the mailbox holds open; the session is done with it.</summary>
        void Release();
    }
}
