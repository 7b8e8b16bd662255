using System;
using System.IO;
using System.Net.NetworkInformation;
using MailAppliance.Core.Console;
using MailAppliance.Core.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Firmware.Board;
using MailAppliance.Firmware.Hardware;
using MailAppliance.Platform.Storage;
using nanoFramework.Runtime.Native;

namespace MailAppliance.Firmware
{
    /// <summary>The ESP32 as the console sees its device: startup-config on internal flash, reboot, version and interfaces.</summary>
    public sealed class DeviceHost : ICliHost
    {
        /// <summary>On internal flash, so the board boots its network, DNS and DHCP without an SD card.</summary>
        public const string StartupConfigPath = "I:\\startup-config";

        private readonly StartupConfigFile _config = new StartupConfigFile(StartupConfigPath);
        private readonly BoardConfig _board;
        private readonly CardMailStore _store;
        private readonly DateTime _started = DateTime.UtcNow;

        public DeviceHost(BoardConfig board, CardMailStore store)
        {
            _board = board;
            _store = store;
        }

        public string LoadStartupConfig()
        {
            return _config.Load();
        }

        public string StartupConfigProblem()
        {
            return _config.WriteProblem();
        }

        public bool SaveStartupConfig(string text)
        {
            return _config.Save(text);
        }

        public bool EraseStartupConfig()
        {
            return _config.Erase();
        }

        public void Reload()
        {
            Power.RebootDevice();
        }

        public string[] VersionLines()
        {
            TimeSpan up = DateTime.UtcNow - _started;
            return new[]
            {
                "MailAppliance firmware " + Program.Version,
                "nanoFramework runtime " + SystemInfo.Version.ToString() + ", target " + SystemInfo.TargetName + " (" + SystemInfo.Platform + ")",
                "Board: " + _board.Description,
                "Uptime: " + up.Days + " days, " + up.Hours + " hours, " + up.Minutes + " minutes",
                // GC.Run collects first, so the figure is what the services can still use.
                "Free managed memory: " + nanoFramework.Runtime.Native.GC.Run(false) + " bytes",
                SdCardLine(),
                "Address: " + Address(),
            };
        }

        public string[] InterfaceLines()
        {
            NetworkInterface nic = NetworkLink.Interface(_board);
            string name = _board.Network.Kind == NetworkConfig.WifiKind ? NetworkSettings.Wifi : NetworkSettings.Ethernet;
            if (nic == null)
            {
                return new[] { CliText.Pad(name, 14) + CliText.Pad("unassigned", 17) + CliText.Pad("-", 8) + "down" };
            }
            bool up = nic.IPv4Address != null && nic.IPv4Address != "0.0.0.0";
            return new[]
            {
                CliText.Pad(name, 14) + CliText.Pad(up ? nic.IPv4Address : "unassigned", 17)
                    + CliText.Pad(nic.IsDhcpEnabled ? "DHCP" : "manual", 8) + (up ? "up" : "down"),
            };
        }

        // nanoFramework's DriveInfo (System.IO.FileSystem 1.1) reports the size but not the free space.
        private string SdCardLine()
        {
            if (!_store.IsAvailable)
            {
                return "SD card: " + (_store.Problem ?? "missing or unreadable") + " (mail answers 452 / -ERR until a usable card is inserted)";
            }
            try
            {
                long size = new DriveInfo(_board.SdCard.Drive).TotalSize;
                return "SD card: " + _board.SdCard.Drive + " " + size / 1048576 + " MB (free space not reported by nanoFramework)";
            }
            catch (Exception)
            {
                // DriveInfo asks the native layer; whatever it throws, show version still answers.
                return "SD card: " + _board.SdCard.Drive + " mounted, size unknown";
            }
        }

        private string Address()
        {
            NetworkInterface nic = NetworkLink.Interface(_board);
            return nic == null ? "none (no " + _board.Network.Kind + " interface in this image)" : nic.IPv4Address;
        }
    }
}
