using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Which client addresses are the lab's: the appliance's own subnet, its interfaces' subnets
    /// and every DHCP pool's subnet. The DNS forwarder serves only these, so the box is never an
    /// open resolver for the network beyond the lab (RFC 5358 §4).
    /// </summary>
    internal static class LabNetworks
    {
        /// <summary>
        /// The appliance's own subnet when no interface gives its mask (an address from DHCP, or
        /// the emulator): a /24, as every subnet of the lab handout's plan is.
        /// </summary>
        public const int AssumedPrefixLength = 24;

        /// <summary>True when <paramref name="address"/> (host order) is in one of the lab's networks.</summary>
        public static bool Contains(ApplianceModel model, uint address)
        {
            uint own = model.Address;
            uint ownMask = Ipv4.Mask(AssumedPrefixLength);
            if (own != 0 && (address & ownMask) == (own & ownMask))
            {
                return true;
            }
            DhcpPool[] pools = model.Dhcp.Pools;
            for (int i = 0; i < pools.Length; i++)
            {
                if (pools[i].Contains(address))
                {
                    return true;
                }
            }
            NetworkSettings network = model.Network;
            for (int i = 0; i < network.Addresses.Length; i++)
            {
                uint mask = network.Masks[i];
                if (mask != 0 && network.Addresses[i] != 0 && (address & mask) == (network.Addresses[i] & mask))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
