namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// A fixed address for one client (IOS: a manual binding, <c>host</c> with
    /// <c>hardware-address</c> or <c>client-identifier</c>).
    /// </summary>
    public sealed class DhcpReservation
    {
        public DhcpReservation(string name, uint address, int prefixLength, byte[] hardwareAddress, byte[] clientIdentifier)
        {
            Name = name;
            PrefixLength = prefixLength;
            Address = address;
            HardwareAddress = hardwareAddress;
            ClientIdentifier = clientIdentifier;
        }

        /// <summary>The IOS pool name the binding was made in.</summary>
        public readonly string Name;

        public readonly uint Address;

        /// <summary>The prefix given with <c>host</c> (24 when none was).</summary>
        public readonly int PrefixLength;

        /// <summary>The client's MAC (chaddr), or null.</summary>
        public readonly byte[] HardwareAddress;

        /// <summary>The client's option 61 value, type byte included, or null.</summary>
        public readonly byte[] ClientIdentifier;
    }
}
