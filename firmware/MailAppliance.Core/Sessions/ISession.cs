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

        /// <summary>The client went away: abandon any open work, deleting and delivering nothing.</summary>
        void Disconnected();

        /// <summary>True once the session has asked to close.</summary>
        bool IsClosed { get; }
    }
}
