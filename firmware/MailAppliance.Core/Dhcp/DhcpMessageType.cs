namespace MailAppliance.Core.Dhcp
{
    /// <summary>The values of option 53, DHCP Message Type (RFC 2132 §9.6), and their names.</summary>
    public static class DhcpMessageType
    {
        public const int Discover = 1;
        public const int Offer = 2;
        public const int Request = 3;
        public const int Decline = 4;
        public const int Ack = 5;
        public const int Nak = 6;
        public const int Release = 7;
        public const int Inform = 8;

        /// <summary>The messages a server receives from clients, in number order.</summary>
        public static int[] FromClients()
        {
            return new[] { Discover, Request, Decline, Release, Inform };
        }

        /// <summary>"DISCOVER", "OFFER", ...; null for a value RFC 2132 does not define.</summary>
        public static string Name(int type)
        {
            switch (type)
            {
                case Discover: return "DISCOVER";
                case Offer: return "OFFER";
                case Request: return "REQUEST";
                case Decline: return "DECLINE";
                case Ack: return "ACK";
                case Nak: return "NAK";
                case Release: return "RELEASE";
                case Inform: return "INFORM";
                default: return null;
            }
        }
    }
}
