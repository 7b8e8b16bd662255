using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The running configuration as IOS-style text: the commands that, replayed into an empty
    /// appliance, rebuild this one. Defaults are left out, as IOS does.
    /// </summary>
    internal static class ConfigWriter
    {
        public static string Write(ApplianceModel model)
        {
            var text = new TextLines();
            var defaults = new MailLimits();
            text.Add("hostname " + model.HostName);
            if (model.EnableSecret != null)
            {
                text.Add("enable secret " + model.EnableSecret);
            }
            ClockSettings time = model.Time;
            if (time.ZoneOffsetMinutes != 0 || time.ZoneName != "UTC")
            {
                int offset = time.ZoneOffsetMinutes;
                int magnitude = offset < 0 ? -offset : offset;
                text.Add("clock timezone " + time.ZoneName + " " + (offset < 0 ? "-" : "") + (magnitude / 60) + (magnitude % 60 != 0 ? " " + (magnitude % 60) : ""));
            }
            if (time.NtpServer != 0)
            {
                text.Add("ntp server " + Ipv4.Format(time.NtpServer));
            }
            text.Add("!");
            string[] domains = model.Domains.All;
            for (int i = 0; i < domains.Length; i++)
            {
                text.Add("mail domain " + domains[i]);
            }
            MailLimits limits = model.Limits;
            if (limits.RequireAuth)
            {
                text.Add("mail require-auth");
            }
            if (limits.MaxMessageSize != defaults.MaxMessageSize)
            {
                text.Add("mail max-message-size " + limits.MaxMessageSize);
            }
            if (limits.MailboxQuota != 0)
            {
                text.Add("mail mailbox-quota " + limits.MailboxQuota);
            }
            if (limits.MaxSessions != defaults.MaxSessions)
            {
                text.Add("mail max-sessions " + limits.MaxSessions);
            }
            if (limits.MaxSessionsPerAddress != defaults.MaxSessionsPerAddress)
            {
                text.Add("mail client-sessions " + limits.MaxSessionsPerAddress);
            }
            if (limits.ImapIdleTimeoutSeconds != defaults.ImapIdleTimeoutSeconds)
            {
                text.Add("mail imap idle-timeout " + limits.ImapIdleTimeoutSeconds);
            }
            string[] users = model.Users.Names;
            for (int i = 0; i < users.Length; i++)
            {
                text.Add("username " + users[i] + " secret " + model.Users.HashOf(users[i]));
            }
            // After the users: replaying it checks that the user exists.
            if (model.Domains.PostmasterUser != null)
            {
                text.Add("mail postmaster " + model.Domains.PostmasterUser);
            }
            text.Add("!");
            WriteDns(model, text);
            text.Add(model.Http.Enabled ? "ip http server" : "no ip http server");
            WriteDhcp(model, text);
            WriteNetwork(model, text);
            text.Add("end");
            return text.ToString();
        }

        private static void WriteDns(ApplianceModel model, TextLines text)
        {
            DnsSettings dns = model.Dns;
            text.Add(dns.Enabled ? "ip dns server" : "no ip dns server");
            if (dns.LabDomain != null)
            {
                text.Add("ip domain-name " + dns.LabDomain);
            }
            if (dns.Forwarder != 0)
            {
                text.Add("ip name-server " + Ipv4.Format(dns.Forwarder));
            }
            DnsHostRecord[] records = dns.Records;
            for (int i = 0; i < records.Length; i++)
            {
                DnsHostRecord r = records[i];
                if (r.Type == DnsType.A && !FirstAddressOf(records, i))
                {
                    continue;
                }
                string data = r.Type == DnsType.A ? AddressesOf(records, r.Name)
                    : r.Type == DnsType.MX ? "mx " + r.Preference + " " + r.Data
                    : r.Type == DnsType.CNAME ? "cname " + r.Data
                    : r.Type == DnsType.NS ? "ns " + r.Data
                    : "txt " + r.Data;
                text.Add("ip host " + r.Name + " " + data);
            }
            text.Add("!");
        }

        // A name's addresses go on one line, as IOS writes "ip host NAME A1 A2".
        private static bool FirstAddressOf(DnsHostRecord[] records, int index)
        {
            for (int i = 0; i < index; i++)
            {
                if (records[i].Type == DnsType.A && records[i].Name == records[index].Name)
                {
                    return false;
                }
            }
            return true;
        }

        private static string AddressesOf(DnsHostRecord[] records, string name)
        {
            string addresses = "";
            for (int i = 0; i < records.Length; i++)
            {
                if (records[i].Type == DnsType.A && records[i].Name == name)
                {
                    addresses += (addresses.Length > 0 ? " " : "") + records[i].Data;
                }
            }
            return addresses;
        }

        private static void WriteDhcp(ApplianceModel model, TextLines text)
        {
            uint[] lows;
            uint[] highs;
            model.Dhcp.Excluded(out lows, out highs);
            for (int i = 0; i < lows.Length; i++)
            {
                text.Add("ip dhcp excluded-address " + Ipv4.Format(lows[i]) + (highs[i] != lows[i] ? " " + Ipv4.Format(highs[i]) : ""));
            }
            DhcpPool[] pools = model.Dhcp.Pools;
            for (int i = 0; i < pools.Length; i++)
            {
                DhcpPool pool = pools[i];
                text.Add("!");
                text.Add("ip dhcp pool " + pool.Name);
                text.Add(" network " + Ipv4.Format(pool.Network) + " " + Ipv4.Format(pool.Mask));
                if (pool.Router != 0)
                {
                    text.Add(" default-router " + Ipv4.Format(pool.Router));
                }
                if (pool.DnsServer != 0)
                {
                    text.Add(" dns-server " + Ipv4.Format(pool.DnsServer));
                }
                if (pool.DomainName != null)
                {
                    text.Add(" domain-name " + pool.DomainName);
                }
                if (pool.LeaseSeconds != 86400)
                {
                    int minutes = pool.LeaseSeconds / 60;
                    text.Add(" lease " + minutes / 1440 + " " + minutes / 60 % 24 + " " + minutes % 60);
                }
            }
            DhcpReservation[] reservations = model.Dhcp.Reservations;
            for (int i = 0; i < reservations.Length; i++)
            {
                DhcpReservation r = reservations[i];
                text.Add("!");
                text.Add("ip dhcp pool " + r.Name);
                text.Add(" host " + Ipv4.Format(r.Address) + " " + Ipv4.Format(Ipv4.Mask(r.PrefixLength)));
                if (r.HardwareAddress != null)
                {
                    text.Add(" hardware-address " + DottedHex.Format(r.HardwareAddress));
                }
                if (r.ClientIdentifier != null)
                {
                    text.Add(" client-identifier " + DottedHex.Format(r.ClientIdentifier));
                }
            }
            text.Add("!");
        }

        private static void WriteNetwork(ApplianceModel model, TextLines text)
        {
            NetworkSettings network = model.Network;
            string[] names = { NetworkSettings.Ethernet, NetworkSettings.Wifi };
            for (int i = 0; i < names.Length; i++)
            {
                bool wifi = i == 1;
                bool configured = network.UseDhcp[i] || network.Addresses[i] != 0 || network.Shutdown[i] || (wifi && network.WifiSsid != null);
                if (!configured)
                {
                    continue;
                }
                text.Add("interface " + names[i]);
                if (network.UseDhcp[i])
                {
                    text.Add(" ip address dhcp");
                }
                else if (network.Addresses[i] != 0)
                {
                    text.Add(" ip address " + Ipv4.Format(network.Addresses[i]) + " " + Ipv4.Format(network.Masks[i]));
                }
                if (wifi && network.WifiSsid != null)
                {
                    text.Add(" ssid " + network.WifiSsid);
                }
                if (wifi && network.WifiPassword != null)
                {
                    text.Add(" password " + network.WifiPassword);
                }
                if (network.Shutdown[i])
                {
                    text.Add(" shutdown");
                }
                text.Add("!");
            }
            if (network.DefaultGateway != 0)
            {
                text.Add("ip default-gateway " + Ipv4.Format(network.DefaultGateway));
                text.Add("!");
            }
        }
    }
}
