using System;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Emulator;

/// <summary>
/// The emulator's DHCP flags, read into the appliance model (the console issue gives the same
/// model IOS commands). Without --dhcp-pool the lab plan of shared/lab-handout.txt is used
/// (LabExample.ApplyDhcp).
/// </summary>
public static class DhcpOptions
{
    /// <summary>"name=NAME network=A/P [range=A-B] [router=A] [dns=A] [domain=D] [lease=SECONDS]".</summary>
    public static bool TryParsePool(string text, out DhcpPool pool, out string error)
    {
        pool = null;
        error = null;
        string name = null;
        string network = null;
        string range = null;
        string router = null;
        string dns = null;
        string domain = null;
        string lease = null;
        foreach (string part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] pair = part.Split('=', 2);
            string value = pair.Length == 2 ? pair[1] : null;
            switch (pair[0])
            {
                case "name": name = value; break;
                case "network": network = value; break;
                case "range": range = value; break;
                case "router": router = value; break;
                case "dns": dns = value; break;
                case "domain": domain = value; break;
                case "lease": lease = value; break;
                default:
                    error = $"unknown pool setting {pair[0]}";
                    return false;
            }
        }
        string[] prefix = (network ?? "").Split('/');
        if (name == null || prefix.Length != 2 || !Ipv4.TryParse(prefix[0], out uint address)
            || !int.TryParse(prefix[1], out int length) || length < 8 || length > 30)
        {
            error = "a pool needs name=NAME and network=ADDRESS/PREFIX (prefix 8-30)";
            return false;
        }
        pool = new DhcpPool(name, address, length) { DomainName = domain };
        uint first = 0, last = 0, gateway = 0, server = 0;
        int seconds = pool.LeaseSeconds;
        if (range != null && !TryRange(range, out first, out last))
        {
            error = "range=FIRST-LAST";
            return false;
        }
        if ((router != null && !Ipv4.TryParse(router, out gateway)) || (dns != null && !Ipv4.TryParse(dns, out server)))
        {
            error = "router= and dns= take an IPv4 address";
            return false;
        }
        if (lease != null && (!int.TryParse(lease, out seconds) || seconds < 60))
        {
            error = "lease= takes seconds, at least 60";
            return false;
        }
        pool.RangeStart = first;
        pool.RangeEnd = last;
        pool.Router = gateway;
        pool.DnsServer = server;
        pool.LeaseSeconds = seconds;
        return true;
    }

    /// <summary>"A" or "A-B".</summary>
    public static bool TryRange(string text, out uint low, out uint high)
    {
        string[] ends = text.Split('-');
        high = 0;
        if (!Ipv4.TryParse(ends[0], out low) || ends.Length > 2 || (ends.Length == 2 && !Ipv4.TryParse(ends[1], out high)))
        {
            return false;
        }
        if (ends.Length == 1)
        {
            high = low;
        }
        return high >= low;
    }

    /// <summary>"aa:bb:cc:dd:ee:ff=192.168.1.50".</summary>
    public static bool TryParseReservation(string text, out DhcpReservation reservation)
    {
        reservation = null;
        string[] pair = text.Split('=');
        string[] octets = pair[0].Split(':', '-');
        if (pair.Length != 2 || octets.Length != 6 || !Ipv4.TryParse(pair[1], out uint address))
        {
            return false;
        }
        var mac = new byte[6];
        for (int i = 0; i < 6; i++)
        {
            if (!byte.TryParse(octets[i], System.Globalization.NumberStyles.HexNumber, null, out mac[i]))
            {
                return false;
            }
        }
        reservation = new DhcpReservation("reserved-" + pair[1], address, 24, mac, null);
        return true;
    }
}
