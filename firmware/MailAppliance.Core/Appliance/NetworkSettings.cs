namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// How the board reaches the network (IOS: interface ethernet0 / wifi0, ip default-gateway).
    /// Applied by the firmware at boot; the emulator only shows it.
    /// </summary>
    public sealed class NetworkSettings
    {
        public const string Ethernet = "ethernet0";
        public const string Wifi = "wifi0";

        /// <summary>Per interface (0 ethernet0, 1 wifi0): whether it takes its address by DHCP.</summary>
        public readonly bool[] UseDhcp = { false, false };

        /// <summary>Per interface: static address and mask (0 when unset).</summary>
        public readonly uint[] Addresses = { 0, 0 };
        public readonly uint[] Masks = { 0, 0 };

        /// <summary>Per interface: shut down by the teacher.</summary>
        public readonly bool[] Shutdown = { false, false };

        public uint DefaultGateway { get; set; }
        public string WifiSsid { get; set; }

        /// <summary>The Wi-Fi passphrase; the board needs it in clear, so it is shown only as "password 7 &lt;hidden&gt;".</summary>
        public string WifiPassword { get; set; }

        /// <summary>0 for ethernet0, 1 for wifi0, -1 for any other name.</summary>
        public static int IndexOf(string name)
        {
            return name == Ethernet ? 0 : name == Wifi ? 1 : -1;
        }
    }
}
