namespace MailAppliance.Core.Sessions
{
    /// <summary>Makes one protocol session per accepted connection.</summary>
    public interface ISessionFactory
    {
        /// <summary>
        /// A new session answering through <paramref name="output"/>, for a client at
        /// <paramref name="remoteAddress"/> (its IPv4 address) and <paramref name="remotePort"/>.
        /// </summary>
        ISession Create(ISessionOutput output, string remoteAddress, int remotePort);
    }
}
