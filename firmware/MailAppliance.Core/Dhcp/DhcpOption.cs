namespace MailAppliance.Core.Dhcp
{
    /// <summary>Option codes (RFC 2132, RFC 3046, RFC 4702); option 53's values are <see cref="DhcpMessageType"/>.</summary>
    internal static class DhcpOption
    {
        public const int Pad = 0;
        public const int SubnetMask = 1;
        public const int Router = 3;
        public const int DomainNameServer = 6;
        public const int HostName = 12;
        public const int DomainName = 15;
        public const int RequestedAddress = 50;
        public const int LeaseTime = 51;
        public const int Overload = 52;
        public const int MessageType = 53;
        public const int ServerIdentifier = 54;
        public const int ParameterRequestList = 55;
        public const int Message = 56;
        public const int RenewalTime = 58;
        public const int RebindingTime = 59;
        public const int ClientIdentifier = 61;
        public const int RelayAgentInformation = 82;
        public const int ClientFqdn = 81;
        public const int End = 255;
    }
}
