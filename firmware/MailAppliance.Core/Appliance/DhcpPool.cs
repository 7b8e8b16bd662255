using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// One DHCP address pool (IOS: <c>ip dhcp pool NAME</c>): a subnet, the part of it handed
    /// out, and the options its clients get. The lab has one per department.
    /// </summary>
    public sealed class DhcpPool
    {
        public DhcpPool(string name, uint network, int prefixLength)
        {
            Name = name;
            PrefixLength = prefixLength;
            Network = network & Ipv4.Mask(prefixLength);
        }

        public readonly string Name;

        /// <summary>The subnet's network address.</summary>
        public readonly uint Network;

        /// <summary>The subnet's prefix length (24 for 255.255.255.0).</summary>
        public readonly int PrefixLength;

        /// <summary>First address handed out; 0 for the subnet's first host address.</summary>
        public uint RangeStart { get; set; }

        /// <summary>Last address handed out; 0 for the subnet's last host address.</summary>
        public uint RangeEnd { get; set; }

        /// <summary>Option 3; 0 for none.</summary>
        public uint Router { get; set; }

        /// <summary>Option 6; 0 for the appliance itself.</summary>
        public uint DnsServer { get; set; }

        /// <summary>Option 15; null for the lab domain.</summary>
        public string DomainName { get; set; }

        /// <summary>Option 51, in seconds. IOS's default is one day.</summary>
        public int LeaseSeconds { get; set; } = 86400;

        public uint Mask
        {
            get { return Ipv4.Mask(PrefixLength); }
        }

        /// <summary>True when the address is in this pool's subnet.</summary>
        public bool Contains(uint address)
        {
            return (address & Mask) == Network;
        }

        /// <summary>The first address that may be handed out.</summary>
        public uint First
        {
            get { return RangeStart != 0 ? RangeStart : Network + 1; }
        }

        /// <summary>The last address that may be handed out (never the subnet's broadcast address).</summary>
        public uint Last
        {
            get { return RangeEnd != 0 ? RangeEnd : (Network | ~Mask) - 1; }
        }
    }
}
