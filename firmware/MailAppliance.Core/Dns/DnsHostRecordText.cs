using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>The text form of a teacher's record (<c>ip host</c>, <c>--dns-record</c>), checked against DNS's rules.</summary>
    public static class DnsHostRecordText
    {
        /// <summary>
        /// Reads "NAME A ADDRESS", "NAME CNAME TARGET", "NAME MX PREF TARGET", "NAME NS TARGET"
        /// or "NAME TXT TEXT..."; on failure <paramref name="error"/> says what is wrong.
        /// </summary>
        public static bool TryParse(string text, out DnsHostRecord rr, out string error)
        {
            rr = null;
            error = null;
            string[] words = text.Trim().Split(' ');
            if (words.Length < 3 || DnsName.FromText(words[0]) == null)
            {
                error = "expected NAME TYPE DATA with a valid NAME";
                return false;
            }
            string type = words[1].ToUpper();
            uint address;
            long preference;
            switch (type)
            {
                case "A":
                    if (words.Length != 3 || !Ipv4.TryParse(words[2], out address))
                    {
                        error = "A needs one IPv4 address";
                        return false;
                    }
                    rr = new DnsHostRecord(words[0], DnsType.A, 0, words[2]);
                    return true;
                case "CNAME":
                case "NS":
                    if (words.Length != 3 || DnsName.FromText(words[2]) == null)
                    {
                        error = type + " needs one target name";
                        return false;
                    }
                    rr = new DnsHostRecord(words[0], type == "NS" ? DnsType.NS : DnsType.CNAME, 0, words[2].ToLower());
                    return true;
                case "MX":
                    if (words.Length != 4 || !Numbers.TryParse(words[2], out preference) || preference > 65535 || DnsName.FromText(words[3]) == null)
                    {
                        error = "MX needs a preference (0-65535) and a target name";
                        return false;
                    }
                    rr = new DnsHostRecord(words[0], DnsType.MX, (int)preference, words[3].ToLower());
                    return true;
                case "TXT":
                    rr = new DnsHostRecord(words[0], DnsType.TXT, 0, text.Trim().Substring(words[0].Length + 1 + words[1].Length + 1));
                    return true;
                default:
                    error = "type must be A, CNAME, MX, NS or TXT";
                    return false;
            }
        }
    }
}
