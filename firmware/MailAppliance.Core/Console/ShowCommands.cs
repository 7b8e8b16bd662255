using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>The tables the <c>show</c> commands print, laid out like IOS's.</summary>
    internal static class ShowCommands
    {
        public static string Users(ApplianceModel model, IMailStore store)
        {
            var lines = new TextLines();
            lines.Add(CliText.Pad("User", 20) + CliText.Pad("Messages", 10) + CliText.Pad("Bytes", 12) + "Connected");
            string[] users = model.Users.Names;
            for (int i = 0; i < users.Length; i++)
            {
                int count;
                long bytes;
                bool ok = store.MailboxUsage(users[i], out count, out bytes) == StoreResult.Accepted;
                string online = Online(model, users[i]);
                string usage = ok ? CliText.Pad(count.ToString(), 10) + (online.Length > 0 ? CliText.Pad(bytes.ToString(), 12) : bytes.ToString()) : "(card not readable)  ";
                lines.Add(CliText.Pad(users[i], 20) + usage + online);
            }
            return lines.ToString();
        }

        // "POP3", "IMAP x2": the sessions a user has open.
        private static string Online(ApplianceModel model, string user)
        {
            int imap = model.ImapLogins.Of(user);
            string online = model.Locks.IsHeld(user) ? "POP3" : "";
            return imap == 0 ? online : online + (online.Length > 0 ? ", " : "") + "IMAP" + (imap > 1 ? " x" + imap : "");
        }

        /// <summary>One line per message: number, unique id, size and the Subject header.</summary>
        public static string Mailbox(ApplianceModel model, IMailStore store, string user)
        {
            string name = model.Users.Find(user);
            if (name == null)
            {
                return "% No such user: " + user + CliText.NewLine;
            }
            if (!model.Locks.TryAcquire(name))
            {
                return "% The mailbox of " + name + " is in use by a POP3 session" + CliText.NewLine;
            }
            try
            {
                IMailbox mailbox;
                if (store.OpenMailbox(name, out mailbox) != StoreResult.Accepted)
                {
                    return "% The SD card cannot be read" + CliText.NewLine;
                }
                var lines = new TextLines();
                lines.Add(CliText.Pad("No.", 5) + CliText.Pad("UID", 10) + CliText.Pad("Bytes", 10) + "Subject");
                var head = new byte[512];
                for (int i = 0; i < mailbox.Count; i++)
                {
                    int n = mailbox.Read(i, 0, head, 0, head.Length);
                    string subject = n > 0 ? HeaderValue(Ascii.GetString(head, 0, n), "Subject:") : "";
                    lines.Add(CliText.Pad((i + 1).ToString(), 5) + CliText.Pad(mailbox.UidOf(i), 10) + CliText.Pad(mailbox.SizeOf(i).ToString(), 10) + subject);
                }
                mailbox.Release();
                return lines.ToString();
            }
            finally
            {
                model.Locks.Release(name);
            }
        }

        public static string Hosts(ApplianceModel model, DnsZones zones)
        {
            DnsRecordTable table = zones.Current;
            var lines = new TextLines();
            lines.Add(CliText.Pad("Name", 34) + CliText.Pad("Type", 7) + "Data");
            for (int i = 0; i < table.Count; i++)
            {
                int type = table.Type(i);
                if (type == DnsType.SOA)
                {
                    continue;
                }
                byte[] owner = table.Owner(i);
                lines.Add(CliText.Pad(DnsName.ToText(owner, owner.Length), 34) + CliText.Pad(TypeName(type), 7) + RdataText(type, table.Rdata(i)));
            }
            DnsLeaseHosts hosts = table.LeaseHosts;
            var name = new byte[DnsName.MaxLength];
            for (int i = 0; i < hosts.Count; i++)
            {
                int length = hosts.WriteName(i, name);
                string text = DnsName.ToText(name, length);
                uint address = hosts.Address(i);
                lines.Add(CliText.Pad(text, 34) + CliText.Pad(TypeName(DnsType.A), 7) + Ipv4.Format(address));
                lines.Add(CliText.Pad(DnsZoneBuilder.ReverseName(address), 34) + CliText.Pad(TypeName(DnsType.PTR), 7) + text);
            }
            return lines.ToString();
        }

        public static string DhcpBindings(DhcpServer dhcp, long now)
        {
            var lines = new TextLines();
            lines.Add(CliText.Pad("IP address", 17) + CliText.Pad("Client-ID/Hardware address", 30) + CliText.Pad("Expires in", 12) + CliText.Pad("Type", 11) + "Host");
            if (dhcp == null)
            {
                lines.Add("% The DHCP server is not running");
                return lines.ToString();
            }
            string[][] rows = dhcp.Bindings();
            for (int i = 0; i < rows.Length; i++)
            {
                long expires;
                Numbers.TryParse(rows[i][2], out expires);
                long left = expires - now;
                string remaining = left / 3600 + "h" + (left / 60 % 60).ToString().PadLeft(2, '0') + "m";
                lines.Add(CliText.Pad(rows[i][0], 17) + CliText.Pad(rows[i][1], 30) + CliText.Pad(remaining, 12) + CliText.Pad(rows[i][3], 11) + rows[i][4]);
            }
            return lines.ToString();
        }

        /// <param name="server">The running DHCP server, for the pools' use; null when DHCP is off.</param>
        public static string DhcpPools(ApplianceModel model, DhcpServer server)
        {
            var lines = new TextLines();
            DhcpPool[] pools = model.Dhcp.Pools;
            for (int i = 0; i < pools.Length; i++)
            {
                DhcpPool pool = pools[i];
                lines.Add("Pool " + pool.Name + " :");
                lines.Add(" Network                 : " + Ipv4.Format(pool.Network) + "/" + pool.PrefixLength);
                lines.Add(" Range                   : " + Ipv4.Format(pool.First) + " - " + Ipv4.Format(pool.Last));
                lines.Add(" Default router          : " + (pool.Router == 0 ? "-" : Ipv4.Format(pool.Router)));
                lines.Add(" DNS server              : " + Ipv4.Format(pool.DnsServer != 0 ? pool.DnsServer : model.Address));
                lines.Add(" Domain name             : " + (pool.DomainName ?? model.Dns.LabDomain ?? model.Domains.Primary));
                lines.Add(" Lease                   : " + pool.LeaseSeconds + " seconds");
                lines.Add(" Total addresses         : " + (pool.Last - pool.First + 1));
                lines.Add(" Excluded addresses      : " + Excluded(model, pool));
                if (server != null)
                {
                    int leased;
                    int offered;
                    server.Use(pool, out leased, out offered);
                    lines.Add(" Leased addresses        : " + leased);
                    lines.Add(" Offered addresses       : " + offered);
                }
            }
            DhcpReservation[] reservations = model.Dhcp.Reservations;
            for (int i = 0; i < reservations.Length; i++)
            {
                DhcpReservation r = reservations[i];
                byte[] key = r.HardwareAddress ?? r.ClientIdentifier;
                lines.Add("Pool " + r.Name + " : manual binding " + Ipv4.Format(r.Address) + " for " + (key == null ? "-" : DottedHex.Format(key)));
            }
            if (lines.Count == 0)
            {
                lines.Add("% No DHCP pools are configured");
            }
            return lines.ToString();
        }

        // The pool's addresses that are never handed out: excluded, the router, the appliance itself.
        private static int Excluded(ApplianceModel model, DhcpPool pool)
        {
            int count = 0;
            for (uint address = pool.First; address <= pool.Last && address >= pool.First; address++)
            {
                if (model.Dhcp.IsExcluded(address) || address == pool.Router || address == model.Address)
                {
                    count++;
                }
            }
            return count;
        }

        /// <summary>IOS's <c>show ip http server status</c>, with what this server has.</summary>
        public static string HttpServer(ApplianceModel model)
        {
            var lines = new TextLines();
            lines.Add("HTTP server status: " + (model.Http.Enabled ? "Enabled" : "Disabled"));
            lines.Add("HTTP server port: " + model.Http.Port);
            lines.Add("HTTP server methods: GET, HEAD");
            lines.Add("HTTP server sites: the folders in www/ on the SD card, www/default/ for other names");
            lines.Add("HTTP requests answered: " + model.Stats.HttpRequests);
            return lines.ToString();
        }

        public static string Statistics(ApplianceModel model, string[] debugging)
        {
            Statistics s = model.Stats;
            var lines = new TextLines();
            lines.Add("Mail:");
            lines.Add("  SMTP sessions           " + s.SmtpSessions);
            lines.Add("  POP3 sessions           " + s.Pop3Sessions);
            lines.Add("  IMAP sessions           " + s.ImapSessions);
            lines.Add("Web:");
            lines.Add("  HTTP requests           " + s.HttpRequests);
            lines.Add("  Messages received       " + s.MessagesReceived);
            lines.Add("  Messages retrieved      " + s.MessagesRetrieved);
            lines.Add("  Failed logins           " + s.AuthFailures);
            lines.Add("  Sessions refused (busy) " + s.SessionsRefused);
            lines.Add("DNS answers:");
            for (int i = DnsRcode.NoError; i <= DnsRcode.Refused; i++)
            {
                lines.Add("  " + CliText.Pad(DnsRcode.Name(i), 24) + s.DnsByRcode[i]);
            }
            lines.Add("  " + CliText.Pad("other", 24) + s.DnsByRcode[15]);
            lines.Add("DHCP messages received:");
            int[] types = DhcpMessageType.FromClients();
            for (int i = 0; i < types.Length; i++)
            {
                lines.Add("  " + CliText.Pad(DhcpMessageType.Name(types[i]), 24) + s.DhcpByType[types[i]]);
            }
            lines.Add("Debugging: " + (debugging.Length == 0 ? "off" : Join(debugging)));
            return lines.ToString();
        }

        public static string Logging(ApplianceModel model)
        {
            var lines = new TextLines();
            string[] events = model.Log.Lines;
            lines.Add("Log buffer (" + EventLog.BufferBytes + " bytes), " + events.Length + " events kept:");
            lines.AddAll(events);
            return lines.ToString();
        }

        private static string Join(string[] items)
        {
            string text = "";
            for (int i = 0; i < items.Length; i++)
            {
                text += (i > 0 ? " " : "") + items[i];
            }
            return text;
        }

        private static string HeaderValue(string head, string name)
        {
            string[] lines = head.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (Ascii.StartsWithIgnoreCase(lines[i], name))
                {
                    return lines[i].Substring(name.Length).Trim();
                }
                if (lines[i].Trim().Length == 0)
                {
                    break;
                }
            }
            return "";
        }

        private static string TypeName(int type)
        {
            switch (type)
            {
                case DnsType.A: return "A";
                case DnsType.NS: return "NS";
                case DnsType.CNAME: return "CNAME";
                case DnsType.PTR: return "PTR";
                case DnsType.MX: return "MX";
                case DnsType.TXT: return "TXT";
                default: return type.ToString();
            }
        }

        private static string RdataText(int type, byte[] rdata)
        {
            switch (type)
            {
                case DnsType.A:
                    return Ipv4.Format(Ipv4.Read(rdata, 0));
                case DnsType.MX:
                    var name = new byte[rdata.Length - 2];
                    System.Array.Copy(rdata, 2, name, 0, name.Length);
                    return NetworkOrder.Read16(rdata, 0) + " " + DnsName.ToText(name, name.Length);
                case DnsType.TXT:
                    return Ascii.GetString(rdata, 1, rdata[0]);
                default:
                    return DnsName.ToText(rdata, rdata.Length);
            }
        }
    }
}
