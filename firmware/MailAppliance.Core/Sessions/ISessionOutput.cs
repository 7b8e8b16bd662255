namespace MailAppliance.Core.Sessions
{
    /// <summary>What an engine may do to its connection. The platform's socket loop implements it.</summary>
    public interface ISessionOutput
    {
        /// <summary>Sends bytes to the client, in order; returns when they are handed to the network.</summary>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>Waits before the next reply (failed logins are answered late, to slow guessing).</summary>
        void Delay(int milliseconds);

        /// <summary>Closes the connection once everything written so far is sent.</summary>
        void Close();
    }
}
