using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The sub-mode IOS enters with "interface" and a name (beside <see cref="PoolEditor"/>): an address and mask,
    /// DHCP, shutdown, and for wifi0 the network's name and password, each written to the
    /// model's network settings at once.
    /// </summary>
    internal sealed class InterfaceEditor
    {
        private readonly ApplianceModel _model;
        private int _index;

        public InterfaceEditor(ApplianceModel model)
        {
            _model = model;
        }

        /// <summary>Starts editing interface <paramref name="index"/> (NetworkSettings.IndexOf).</summary>
        public void Open(int index)
        {
            _index = index;
        }

        /// <summary>Applies one sub-mode command (words as matched); returns an error line, or null.</summary>
        public string Apply(int action, string[] w, bool no)
        {
            NetworkSettings network = _model.Network;
            int i = _index;
            switch (action)
            {
                case CliAction.IpAddress:
                    uint address = 0;
                    uint mask = 0;
                    if (!no)
                    {
                        Ipv4.TryParse(w[2], out address);
                        Ipv4.TryParse(w[3], out mask);
                    }
                    network.Addresses[i] = no ? 0 : address;
                    network.Masks[i] = no ? 0 : mask;
                    network.UseDhcp[i] = false;
                    return null;
                case CliAction.IpAddressDhcp:
                    network.UseDhcp[i] = !no;
                    return null;
                case CliAction.Ssid:
                case CliAction.WifiPassword:
                    if (i != 1)
                    {
                        return "% ssid and password are for interface wifi0";
                    }
                    if (action == CliAction.Ssid)
                    {
                        network.WifiSsid = no ? null : w[1];
                    }
                    else
                    {
                        network.WifiPassword = no ? null : w[1];
                    }
                    return null;
                case CliAction.Shutdown:
                    network.Shutdown[i] = !no;
                    return null;
            }
            return null;
        }
    }
}
