using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The <c>ip dhcp pool NAME</c> sub-mode: collects a pool's settings and writes them to the
    /// model after every command, so the next DHCP message already uses them. A pool with
    /// <c>network</c> is an address pool; one with <c>host</c> and <c>hardware-address</c> or
    /// <c>client-identifier</c> is a manual binding (a reservation), as in IOS.
    /// </summary>
    internal sealed class PoolEditor
    {
        private readonly ApplianceModel _model;
        private string _name;
        private uint _network;
        private int _prefix;
        private uint _router;
        private uint _dns;
        private string _domain;
        private int _lease;
        private uint _host;
        private int _hostPrefix;
        private byte[] _hardware;
        private byte[] _clientId;

        public PoolEditor(ApplianceModel model)
        {
            _model = model;
        }

        /// <summary>Starts editing a pool, loading what the model has under that name.</summary>
        public void Open(string name)
        {
            _name = name;
            _network = 0;
            _prefix = 0;
            _router = 0;
            _dns = 0;
            _domain = null;
            _lease = 86400;
            _host = 0;
            _hostPrefix = 24;
            _hardware = null;
            _clientId = null;
            DhcpPool[] pools = _model.Dhcp.Pools;
            for (int i = 0; i < pools.Length; i++)
            {
                if (pools[i].Name == name)
                {
                    _network = pools[i].Network;
                    _prefix = pools[i].PrefixLength;
                    _router = pools[i].Router;
                    _dns = pools[i].DnsServer;
                    _domain = pools[i].DomainName;
                    _lease = pools[i].LeaseSeconds;
                }
            }
            DhcpReservation[] reservations = _model.Dhcp.Reservations;
            for (int i = 0; i < reservations.Length; i++)
            {
                if (reservations[i].Name == name)
                {
                    _host = reservations[i].Address;
                    _hostPrefix = reservations[i].PrefixLength;
                    _hardware = reservations[i].HardwareAddress;
                    _clientId = reservations[i].ClientIdentifier;
                }
            }
        }

        /// <summary>Applies one pool command; returns an error line, or null.</summary>
        public string Apply(int action, string[] w, bool no)
        {
            uint address = 0;
            if (w.Length > 1)
            {
                Ipv4.TryParse(w[1], out address);
            }
            switch (action)
            {
                case CliAction.Network:
                    if (no)
                    {
                        _network = 0;
                        _model.Dhcp.Remove(_name);
                        break;
                    }
                    int prefix;
                    if (!TryPrefix(w[2], out prefix))
                    {
                        return "% Give the mask as 255.255.255.0 or /24";
                    }
                    _network = address & Ipv4.Mask(prefix);
                    _prefix = prefix;
                    break;
                case CliAction.DefaultRouter:
                    _router = no ? 0 : address;
                    break;
                case CliAction.PoolDnsServer:
                    _dns = no ? 0 : address;
                    break;
                case CliAction.PoolDomainName:
                    if (!no && Dns.DnsName.FromText(w[1]) == null)
                    {
                        return "% Not a valid domain name: " + w[1];
                    }
                    _domain = no ? null : w[1].ToLower();
                    break;
                case CliAction.Lease:
                    _lease = no ? 86400 : LeaseSeconds(w);
                    if (_lease < 60)
                    {
                        _lease = 86400;
                        return "% The shortest lease is one minute";
                    }
                    break;
                case CliAction.Host:
                    _host = no ? 0 : address;
                    int hostPrefix = 24;
                    if (w.Length > 2 && !TryPrefix(w[2], out hostPrefix))
                    {
                        return "% Give the mask as 255.255.255.0";
                    }
                    _hostPrefix = hostPrefix;
                    break;
                case CliAction.HardwareAddress:
                    _hardware = no ? null : DottedHex.TryParse(w[1]);
                    if (_hardware != null && _hardware.Length != 6)
                    {
                        _hardware = null;
                        return "% A hardware address has 6 bytes, as 0200.0000.0001";
                    }
                    break;
                case CliAction.ClientIdentifier:
                    _clientId = no ? null : DottedHex.TryParse(w[1]);
                    break;
            }
            Commit();
            return null;
        }

        private void Commit()
        {
            if (_network != 0)
            {
                _model.Dhcp.SetPool(new DhcpPool(_name, _network, _prefix)
                {
                    Router = _router,
                    DnsServer = _dns,
                    DomainName = _domain,
                    LeaseSeconds = _lease,
                });
            }
            if (_host != 0 && (_hardware != null || _clientId != null))
            {
                _model.Dhcp.Reserve(new DhcpReservation(_name, _host, _hostPrefix, _hardware, _clientId));
            }
        }

        // IOS: lease DAYS [HOURS [MINUTES]].
        private static int LeaseSeconds(string[] w)
        {
            long days;
            long hours = 0;
            long minutes = 0;
            Numbers.TryParse(w[1], out days);
            if (w.Length > 2)
            {
                Numbers.TryParse(w[2], out hours);
            }
            if (w.Length > 3)
            {
                Numbers.TryParse(w[3], out minutes);
            }
            long seconds = ((days * 24 + hours) * 60 + minutes) * 60;
            return seconds > int.MaxValue ? int.MaxValue : (int)seconds;
        }

        /// <summary>A prefix from "255.255.255.0" (contiguous masks only) or "/24".</summary>
        public static bool TryPrefix(string text, out int prefix)
        {
            prefix = 0;
            long bits;
            if (text.StartsWith("/"))
            {
                if (!Numbers.TryParse(text.Substring(1), out bits) || bits < 1 || bits > 31)
                {
                    return false;
                }
                prefix = (int)bits;
                return true;
            }
            uint mask;
            if (!Ipv4.TryParse(text, out mask))
            {
                return false;
            }
            for (int p = 1; p <= 31; p++)
            {
                if (Ipv4.Mask(p) == mask)
                {
                    prefix = p;
                    return true;
                }
            }
            return false;
        }
    }
}
