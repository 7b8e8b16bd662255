namespace MailAppliance.Core.Dns
{
    /// <summary>The upstream forwarder, as the platform reaches it.</summary>
    public interface IDnsUpstream
    {
        /// <summary>
        /// Sends a query the appliance is not authoritative for to the configured forwarder
        /// and writes its answer, with the client's id, into <paramref name="answer"/>.
        /// Returns the answer's length, or 0 when none came (the caller answers SERVFAIL).
        /// </summary>
        int Exchange(byte[] query, int length, byte[] answer);
    }
}
