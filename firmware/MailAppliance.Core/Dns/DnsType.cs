namespace MailAppliance.Core.Dns
{
    /// <summary>RR types the appliance knows (RFC 1035 §3.2.2, RFC 3596, RFC 6891). Others stay plain ints.</summary>
    public static class DnsType
    {
        public const int A = 1;
        public const int NS = 2;
        public const int CNAME = 5;
        public const int SOA = 6;
        public const int PTR = 12;
        public const int MX = 15;
        public const int TXT = 16;
        public const int AAAA = 28;
        public const int OPT = 41;
        public const int ANY = 255;

        /// <summary>CLASS IN (RFC 1035 §3.2.4).</summary>
        public const int ClassIn = 1;

        /// <summary>QCLASS * (RFC 1035 §3.2.5).</summary>
        public const int ClassAny = 255;

        /// <summary>The mnemonic dig prints (RFC 1035 §3.2.2), or "TYPE" and the number (RFC 3597 §5) for others.</summary>
        public static string Name(int type)
        {
            switch (type)
            {
                case A: return "A";
                case NS: return "NS";
                case CNAME: return "CNAME";
                case SOA: return "SOA";
                case PTR: return "PTR";
                case MX: return "MX";
                case TXT: return "TXT";
                case AAAA: return "AAAA";
                case 33: return "SRV";
                case 65: return "HTTPS";
                case OPT: return "OPT";
                case ANY: return "ANY";
                default: return "TYPE" + type;
            }
        }
    }
}
