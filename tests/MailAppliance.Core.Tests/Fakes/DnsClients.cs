namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>Client addresses of DNS tests (host order): who may use the forwarder and who may not.</summary>
    public static class DnsClients
    {
        /// <summary>192.168.1.100: a PC in the lab example's DHCP pool.</summary>
        public const uint Lab = 0xC0A80164;

        /// <summary>10.9.9.9: an address in none of the lab's networks.</summary>
        public const uint Outsider = 0x0A090909;
    }
}
