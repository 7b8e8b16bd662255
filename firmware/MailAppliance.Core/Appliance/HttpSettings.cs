namespace MailAppliance.Core.Appliance
{
    /// <summary>The web server's settings: <c>ip http server</c> (on by default, so the lab's first browser test works).</summary>
    public sealed class HttpSettings
    {
        public bool Enabled { get; set; } = true;

        /// <summary>The port it listens on (80 on the board), set by the platform for <c>show ip http server status</c>.</summary>
        public int Port { get; set; } = 80;
    }
}
