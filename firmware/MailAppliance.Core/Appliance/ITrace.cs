namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Receives a transcript of every session: one call per command and per reply, with
    /// passwords and AUTH data already masked. The console shows it to students.
    /// </summary>
    public interface ITrace
    {
        /// <summary>
        /// One transcript line. <paramref name="session"/> names the session ("smtp 3"),
        /// <paramref name="line"/> starts with "C: " for the client or "S: " for the server.
        /// </summary>
        void Write(string session, string line);

        /// <summary>
        /// True when lines for <paramref name="protocol"/> ("dns", "dhcp") are wanted: the
        /// datagram loops build a line only then, so quiet handling allocates nothing.
        /// </summary>
        bool IsTracing(string protocol);
    }
}
