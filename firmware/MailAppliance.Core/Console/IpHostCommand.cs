using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// IOS's <c>ip host</c>: <c>ip host NAME A.B.C.D [A.B.C.D ...]</c> sets the name's addresses
    /// (up to eight, replacing the ones it had, as IOS does), and the mx, cname, txt and ns forms
    /// add a record. <c>no ip host NAME</c> removes every record of the name, <c>no ip host NAME
    /// cname TARGET</c> (or any full form) only that one. A name with a CNAME has no other
    /// records (RFC 1034 §3.6.2), so either kind is refused while the other is there.
    /// </summary>
    internal static class IpHostCommand
    {
        /// <summary>IOS takes up to eight addresses on one ip host line.</summary>
        public const int MaxAddresses = 8;

        /// <summary>Words as matched: "ip", "host", NAME, then the record; returns an error line or null.</summary>
        public static string Apply(ApplianceModel model, string[] w, bool no)
        {
            string name = w[2].ToLower();
            if (w.Length < 4)
            {
                if (!no)
                {
                    return "% Incomplete command.";
                }
                return model.Dns.RemoveRecords(name) > 0 ? null : "% No records for " + name;
            }
            bool addresses = w[3] != "mx" && w[3] != "cname" && w[3] != "txt" && w[3] != "ns";
            DnsHostRecord[] records;
            string error = Parse(w, addresses, out records);
            if (error != null)
            {
                return error;
            }
            if (no)
            {
                int dropped = 0;
                for (int i = 0; i < records.Length; i++)
                {
                    dropped += model.Dns.RemoveRecords(name, records[i].Type, records[i].Data);
                }
                return dropped > 0 ? null : "% No such record for " + name;
            }
            error = CnameConflict(model.Dns.Records, name, records[0]);
            if (error != null)
            {
                return error;
            }
            if (addresses)
            {
                model.Dns.RemoveRecords(name, DnsType.A, null);
            }
            else
            {
                // The same record twice is one record.
                model.Dns.RemoveRecords(name, records[0].Type, records[0].Data);
            }
            for (int i = 0; i < records.Length; i++)
            {
                model.Dns.AddRecord(records[i]);
            }
            return null;
        }

        // The records the words describe: one per address, or the one mx/cname/txt/ns record.
        private static string Parse(string[] w, bool addresses, out DnsHostRecord[] records)
        {
            string name = w[2];
            int count = addresses ? w.Length - 3 : 1;
            records = new DnsHostRecord[count];
            if (count > MaxAddresses)
            {
                return "% At most " + MaxAddresses + " addresses on one ip host line";
            }
            for (int i = 0; i < count; i++)
            {
                string text = addresses ? name + " A " + w[3 + i] : name + " " + w[3] + " " + CliText.Join(w, 4);
                DnsHostRecord rr;
                string error;
                if (!DnsHostRecordText.TryParse(text, out rr, out error))
                {
                    return "% " + error;
                }
                records[i] = rr;
            }
            return null;
        }

        // RFC 1034 §3.6.2: "If a CNAME RR is present at a node, no other data should be present".
        private static string CnameConflict(DnsHostRecord[] existing, string name, DnsHostRecord added)
        {
            for (int i = 0; i < existing.Length; i++)
            {
                DnsHostRecord r = existing[i];
                if (r.Name != name)
                {
                    continue;
                }
                int type = added.Type;
                if (r.Type == DnsType.CNAME && type != DnsType.CNAME)
                {
                    return "% " + name + " is an alias (cname " + r.Data + "), which can have no other records (RFC 1034 3.6.2); 'no ip host " + name + "' first";
                }
                if (r.Type != DnsType.CNAME && type == DnsType.CNAME)
                {
                    return "% " + name + " has other records, so it cannot be an alias too (RFC 1034 3.6.2); 'no ip host " + name + "' first";
                }
                if (r.Type == DnsType.CNAME && r.Data != added.Data)
                {
                    return "% " + name + " is already an alias (cname " + r.Data + "); 'no ip host " + name + " cname " + r.Data + "' first";
                }
            }
            return null;
        }

    }
}
