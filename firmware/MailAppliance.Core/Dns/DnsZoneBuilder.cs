using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// Builds the appliance's zones from the model:
    /// every mail domain (A → the appliance, MX 10 → the domain itself, NS, SOA); the teacher's
    /// records, each in the zone of a mail domain it falls under or else in a zone of its
    /// parent name; DHCP clients' host names under the lab domain; and PTR records in the
    /// /24 reverse zones of every address named.
    /// </summary>
    internal static class DnsZoneBuilder
    {
        private const int MailExchangerPreference = 10;
        private const uint SoaRefresh = 3600;
        private const uint SoaRetry = 600;
        private const uint SoaExpire = 86400;

        public static DnsRecordTable Build(ApplianceModel model)
        {
            var table = new DnsRecordTable();
            DnsSettings dns = model.Dns;
            byte[] server = DnsName.FromText(model.ServerName) ?? DnsName.FromText("localhost");
            uint serial = (uint)model.Version.Value;
            uint address = model.Address;

            string[] domains = model.Domains.All;
            for (int i = 0; i < domains.Length; i++)
            {
                byte[] domain = DnsName.FromText(domains[i]);
                if (domain == null)
                {
                    continue;
                }
                EnsureZone(table, domain, server, serial);
                if (address != 0)
                {
                    table.Add(domain, DnsType.A, AddressData(address));
                }
                table.Add(domain, DnsType.MX, MxData(MailExchangerPreference, domain));
            }
            if (address != 0)
            {
                AddWithPtr(table, server, address, server, serial);
            }

            DnsHostRecord[] records = dns.Records;
            for (int i = 0; i < records.Length; i++)
            {
                AddHostRecord(table, records[i], server, serial);
            }

            string labDomain = dns.LabDomain ?? model.Domains.Primary;
            string[] names;
            uint[] addresses;
            dns.LeaseHosts(out names, out addresses);
            AddLeaseHosts(table, model.Dhcp.Pools, names, addresses, labDomain, server, serial);
            return table;
        }

        // Only the zones: the names themselves are answered from the lease list (DnsLeaseHosts).
        // A client registers in its pool's domain-name, else in the lab domain.
        private static void AddLeaseHosts(DnsRecordTable table, DhcpPool[] pools, string[] names, uint[] addresses, string labDomain, byte[] server, uint serial)
        {
            byte[] lab = labDomain == null ? null : DnsName.FromText(labDomain);
            byte[][] poolDomains = new byte[pools.Length][];
            for (int p = 0; p < pools.Length; p++)
            {
                poolDomains[p] = pools[p].DomainName == null ? lab : DnsName.FromText(pools[p].DomainName);
            }
            string[] kept = StringArrays.New(names.Length);
            var keptAddresses = new uint[names.Length];
            var domains = new byte[names.Length][];
            int k = 0;
            for (int i = 0; i < names.Length; i++)
            {
                byte[] domain = lab;
                for (int p = 0; p < pools.Length; p++)
                {
                    if (pools[p].Contains(addresses[i]))
                    {
                        domain = poolDomains[p];
                    }
                }
                // One label that makes a valid name in its domain.
                if (domain == null || names[i].IndexOf('.') >= 0 || DnsName.FromText(names[i]) == null || 1 + names[i].Length + domain.Length > 255)
                {
                    continue;
                }
                kept[k] = names[i];
                keptAddresses[k] = addresses[i];
                domains[k++] = domain;
                EnsureZone(table, ReverseZone(addresses[i]), server, serial);
                EnsureZone(table, domain, server, serial);
            }
            if (k == 0)
            {
                return;
            }
            if (k == names.Length)
            {
                // The usual case, every name valid: the lease list's own arrays, never written once handed out.
                table.LeaseHosts = new DnsLeaseHosts(names, addresses, domains);
                return;
            }
            table.LeaseHosts = new DnsLeaseHosts(StringArrays.Resize(kept, k), Arrays.Resize(keptAddresses, k), Arrays.Resize(domains, k));
        }

        /// <summary>The reverse name of <paramref name="address"/>, "d.c.b.a.in-addr.arpa" (RFC 1035 §3.5).</summary>
        public static string ReverseName(uint address) => (address & 0xFF) + "." + ReverseZoneName(address);

        // The /24 reverse zone the address's PTR lives in.
        private static string ReverseZoneName(uint address) =>
            ((address >> 8) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + (address >> 24) + ".in-addr.arpa";

        private static byte[] ReverseZone(uint address) => DnsName.FromText(ReverseZoneName(address));

        private static void AddHostRecord(DnsRecordTable table, DnsHostRecord rr, byte[] server, uint serial)
        {
            byte[] owner = DnsName.FromText(rr.Name);
            if (owner == null)
            {
                return;
            }
            if (table.FindZone(owner, owner.Length) < 0)
            {
                EnsureZone(table, Parent(owner), server, serial);
            }
            uint address;
            switch (rr.Type)
            {
                case DnsType.A:
                    if (Ipv4.TryParse(rr.Data, out address))
                    {
                        AddWithPtr(table, owner, address, server, serial);
                    }
                    break;
                case DnsType.CNAME:
                case DnsType.NS:
                    byte[] target = DnsName.FromText(rr.Data);
                    if (target != null)
                    {
                        table.Add(owner, rr.Type, target);
                    }
                    break;
                case DnsType.MX:
                    byte[] exchange = DnsName.FromText(rr.Data);
                    if (exchange != null)
                    {
                        table.Add(owner, DnsType.MX, MxData(rr.Preference, exchange));
                    }
                    break;
                case DnsType.TXT:
                    table.Add(owner, DnsType.TXT, TxtData(rr.Data));
                    break;
            }
        }

        // An A record and, in the address's /24 reverse zone, the PTR back to the name.
        private static void AddWithPtr(DnsRecordTable table, byte[] owner, uint address, byte[] server, uint serial)
        {
            table.Add(owner, DnsType.A, AddressData(address));
            byte[] reverseZone = ReverseZone(address);
            byte[] reverseName = DnsName.FromText(ReverseName(address));
            EnsureZone(table, reverseZone, server, serial);
            table.Add(reverseName, DnsType.PTR, owner);
        }

        // A zone's apex has an SOA (RFC 1035 §3.3.13) and an NS naming the appliance.
        private static void EnsureZone(DnsRecordTable table, byte[] apex, byte[] server, uint serial)
        {
            if (table.ZoneWithApex(apex) >= 0)
            {
                return;
            }
            int soa = table.Add(apex, DnsType.SOA, SoaData(server, apex, serial));
            table.AddZone(apex, soa);
            table.Add(apex, DnsType.NS, server);
        }

        private static byte[] Parent(byte[] name)
        {
            if (name[0] == 0 || name[name[0] + 1] == 0)
            {
                return name;
            }
            int skip = name[0] + 1;
            var parent = new byte[name.Length - skip];
            System.Array.Copy(name, skip, parent, 0, parent.Length);
            return parent;
        }

        private static byte[] AddressData(uint address)
        {
            var data = new byte[4];
            Ipv4.Write(data, 0, address);
            return data;
        }

        private static byte[] MxData(int preference, byte[] exchange)
        {
            var data = new byte[2 + exchange.Length];
            NetworkOrder.Write16(data, 0, preference);
            System.Array.Copy(exchange, 0, data, 2, exchange.Length);
            return data;
        }

        // RFC 1035 §3.3.14: one or more <character-string>s of at most 255 bytes.
        private static byte[] TxtData(string text)
        {
            byte[] bytes = Ascii.GetBytes(text);
            int strings = bytes.Length == 0 ? 1 : (bytes.Length + 254) / 255;
            var data = new byte[bytes.Length + strings];
            int at = 0;
            for (int s = 0; s < strings; s++)
            {
                int n = bytes.Length - s * 255;
                if (n > 255)
                {
                    n = 255;
                }
                data[at++] = (byte)n;
                System.Array.Copy(bytes, s * 255, data, at, n);
                at += n;
            }
            return data;
        }

        // RFC 1035 §3.3.13: MNAME (the appliance), RNAME (postmaster.<zone>), then five counters.
        private static byte[] SoaData(byte[] server, byte[] apex, uint serial)
        {
            byte[] mailbox = new byte[apex.Length + 11];
            mailbox[0] = 10;
            byte[] postmaster = Ascii.GetBytes("postmaster");
            System.Array.Copy(postmaster, 0, mailbox, 1, 10);
            System.Array.Copy(apex, 0, mailbox, 11, apex.Length);
            var data = new byte[server.Length + mailbox.Length + 20];
            System.Array.Copy(server, data, server.Length);
            System.Array.Copy(mailbox, 0, data, server.Length, mailbox.Length);
            int at = server.Length + mailbox.Length;
            uint[] counters = { serial, SoaRefresh, SoaRetry, SoaExpire, DnsRecordTable.Ttl };
            for (int i = 0; i < counters.Length; i++, at += 4)
            {
                NetworkOrder.Write32(data, at, counters[i]);
            }
            return data;
        }
    }
}
