namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The set-up of the lab handout (shared/lab-handout.txt): domain mail.com, users client1
    /// and client2 with the password "admin". Loaded when the appliance has no saved configuration.
    /// </summary>
    public static class LabExample
    {
        public const string Domain = "mail.com";
        public const string Password = "admin";

        /// <summary>Fills an empty model with the lab's domain and users.</summary>
        public static void Apply(ApplianceModel model)
        {
            model.Domains.Add(Domain);
            model.Users.Set("client1", Password);
            model.Users.Set("client2", Password);
            model.Domains.PostmasterUser = "client1";
        }

        /// <summary>The handout's subnet, 192.168.1.0/24.</summary>
        public const uint LabNetwork = 0xC0A80100;

        /// <summary>
        /// The handout's addressing as a DHCP pool: 192.168.1.0/24 behind the router on .1, the
        /// appliance as DNS server; with <paramref name="excludeServers"/>, .1-.9 (router, mail and
        /// DNS server, the handout's static PCs) are never handed out.
        /// </summary>
        public static void ApplyDhcp(DhcpSettings dhcp, bool excludeServers)
        {
            var pool = new DhcpPool("lab", LabNetwork, 24);
            pool.Router = LabNetwork + 1;
            dhcp.SetPool(pool);
            if (excludeServers)
            {
                dhcp.Exclude(LabNetwork + 1, LabNetwork + 9);
            }
        }

        /// <summary>One line for a start-up banner that says what was loaded, without the password.</summary>
        public const string Description = "lab example: domain mail.com, users client1 and client2 (password as in the lab handout)";
    }
}
