namespace MailAppliance.Core.Dns
{
    /// <summary>Response codes (RFC 1035 §4.1.1, RFC 6891 §6.1.3 for BADVERS).</summary>
    internal static class DnsRcode
    {
        public const int NoError = 0;
        public const int FormErr = 1;
        public const int ServFail = 2;
        public const int NxDomain = 3;
        public const int NotImp = 4;
        public const int Refused = 5;

        /// <summary>Extended RCODE 16: the upper 8 bits (1) go in the OPT record's TTL.</summary>
        public const int BadVers = 16;

        /// <summary>The mnemonic of the RFC 1035 codes ("NXDOMAIN"); null for any other.</summary>
        public static string Name(int rcode)
        {
            switch (rcode)
            {
                case NoError: return "NOERROR";
                case FormErr: return "FORMERR";
                case ServFail: return "SERVFAIL";
                case NxDomain: return "NXDOMAIN";
                case NotImp: return "NOTIMP";
                case Refused: return "REFUSED";
                default: return null;
            }
        }
    }
}
