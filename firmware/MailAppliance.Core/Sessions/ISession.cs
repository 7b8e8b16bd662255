namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// A sans-I/O protocol session: the platform loop feeds it the client's bytes and the
    /// connection's events; it answers through its <see cref="ISessionOutput"/>.
    /// </summary>
    public interface ISession
    {
        /// <summary>Sends the greeting.</summary>
        void Start();

        /// <summary>Refuses the connection because the session cap is reached, and closes it.</summary>
        void RejectBusy();

        /// <summary>Handles bytes from the client; they may split a command anywhere.</summary>
        void Receive(byte[] buffer, int offset, int count);

        /// <summary>The client said nothing for the idle timeout: say so and close.</summary>
        void TimedOut();

        /// <summary>A newcomer needs this idle session's place (the session cap is reached): say so and close.</summary>
        void Evict();

        /// <summary>
        /// Called every few seconds (the connection loop's poll) while the client is quiet: a session that tells
        /// its client of others' changes unasked (IMAP's IDLE) looks for them now.
        /// </summary>
        void Poll();

        /// <summary>The client went away: abandon any open work, deleting and delivering nothing.</summary>
        void Disconnected();

        /// <summary>True once the session has asked to close.</summary>
        bool IsClosed { get; }

        /// <summary>True once the client has logged in; sessions without a login are capped per client address.</summary>
        bool IsAuthenticated { get; }

        /// <summary>
        /// 0 while no command is partly received; otherwise a number that changes with each
        /// command begun (the commands, and lines of a message, received whole so far, plus one).
        /// The loop gives each command its own deadline, so a client trickling one byte at a
        /// time cannot hold a session (slowloris).
        /// </summary>
        int CommandInProgress { get; }
    }
}
