namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// A fixed address for one client (IOS: a manual binding, <c>host</c> with
    /// <c>hardware-address</c> or <c>client-identifier</c>).
    /// </summary>
    public sealed class DhcpReservation
    {
        public DhcpReservation(uint address, byte[] hardwareAddress, byte[] clientIdentifier)
        {
            Address = address;
            HardwareAddress = hardwareAddress;
            ClientIdentifier = clientIdentifier;
        }

        public readonly uint Address;

        /// <summary>The client's MAC (chaddr), or null.</summary>
        public readonly byte[] HardwareAddress;

        /// <summary>The client's option 61 value, type byte included, or null.</summary>
        public readonly byte[] ClientIdentifier;
    }
}
