namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// A record the teacher added (IOS: <c>ip host NAME ...</c>): A, CNAME, MX, TXT or NS.
    /// Names are kept in lower case without a trailing dot. Read from text by
    /// Dns/DnsHostRecordText (Appliance depends on no protocol).
    /// </summary>
    public sealed class DnsHostRecord
    {
        public DnsHostRecord(string name, int type, int preference, string data)
        {
            Name = name.ToLower();
            Type = type;
            Preference = preference;
            Data = data;
        }

        /// <summary>The owner name, e.g. www.mastertech.com.</summary>
        public readonly string Name;

        /// <summary>The RR type (Dns.DnsType).</summary>
        public readonly int Type;

        /// <summary>MX preference; 0 for other types.</summary>
        public readonly int Preference;

        /// <summary>Address (A), target name (CNAME, MX, NS) or text (TXT).</summary>
        public readonly string Data;
    }
}
