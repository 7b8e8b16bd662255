using System.Net.NetworkInformation;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;
using MailAppliance.Firmware.Board;
using nanoFramework.Networking;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>
    /// Brings the network up: Ethernet or Wi-Fi as the board file says, with the saved
    /// configuration's address or DHCP, else the board's default address plan. Callable again
    /// after a timeout (NetworkHelper.SetupAndConnectNetwork and WifiNetworkHelper.Connect* are
    /// documented as retryable; only the event-based SetupNetworkHelper is once per boot).
    /// </summary>
    public static class NetworkLink
    {
        public const int ConnectTimeoutMilliseconds = 30000;

        /// <summary>The board's IPv4 address once connected, or null (the reason in <paramref name="error"/>).</summary>
        public static string Connect(BoardConfig board, NetworkSettings settings, out string error)
        {
            bool wifi = board.Network.Kind == NetworkConfig.WifiKind;
            int index = wifi ? 1 : 0;
            IPConfiguration fixedAddress = settings.UseDhcp[index] ? null : FixedAddress(board.Address, settings, index);
            var timeout = new CancellationTokenSource(ConnectTimeoutMilliseconds);
            bool connected;
            if (wifi)
            {
                if (settings.WifiSsid == null)
                {
                    error = "no Wi-Fi network set: configure terminal, interface wifi0, ssid NAME password SECRET, then write memory and reload";
                    return null;
                }
                connected = fixedAddress == null
                    ? WifiNetworkHelper.ConnectDhcp(settings.WifiSsid, settings.WifiPassword, token: timeout.Token)
                    : WifiNetworkHelper.ConnectFixAddress(settings.WifiSsid, settings.WifiPassword, fixedAddress, token: timeout.Token);
            }
            else
            {
                connected = fixedAddress == null
                    ? NetworkHelper.SetupAndConnectNetwork(timeout.Token)
                    : NetworkHelper.SetupAndConnectNetwork(fixedAddress, timeout.Token);
            }
            if (!connected)
            {
                error = (wifi ? "Wi-Fi" : "Ethernet") + " did not come up within 30 s (cable, switch port, SSID?)";
                return null;
            }
            error = null;
            NetworkInterface nic = Interface(board);
            return nic == null ? null : nic.IPv4Address;
        }

        /// <summary>
        /// The board's interface for the lab: on ESP32 the list holds the Wi-Fi station, the soft
        /// AP and (with Ethernet in the image) the Ethernet port, so it is picked by type.
        /// </summary>
        public static NetworkInterface Interface(BoardConfig board)
        {
            NetworkInterfaceType wanted = board.Network.Kind == NetworkConfig.WifiKind
                ? NetworkInterfaceType.Wireless80211 : NetworkInterfaceType.Ethernet;
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == wanted)
                {
                    return all[i];
                }
            }
            return null;
        }

        // The saved "ip address" of the interface, else the board file's lab address. The board is
        // the lab's DNS server too, so it names itself as the resolver.
        private static IPConfiguration FixedAddress(AddressPlan plan, NetworkSettings settings, int index)
        {
            if (settings.Addresses[index] != 0)
            {
                string address = Ipv4.Format(settings.Addresses[index]);
                string gateway = settings.DefaultGateway == 0 ? plan.Gateway : Ipv4.Format(settings.DefaultGateway);
                return new IPConfiguration(address, Ipv4.Format(settings.Masks[index]), gateway, new[] { address });
            }
            return new IPConfiguration(plan.Address, plan.Mask, plan.Gateway, new[] { plan.Address });
        }
    }
}
