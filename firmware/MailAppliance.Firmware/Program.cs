using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Ntp;
using MailAppliance.Core.Text;
using MailAppliance.Firmware.Board;
using MailAppliance.Firmware.Hardware;
using MailAppliance.Platform;
using MailAppliance.Platform.Network;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Firmware
{
    /// <summary>
    /// Boot: board file, LED, console, saved configuration, SD card, network, services; then the
    /// main thread keeps the LED up to date, retries the network until it is up and looks for a
    /// missing SD card. Everything past the hardware lives in Core and Platform, exactly as the
    /// emulator runs it.
    /// </summary>
    public static class Program
    {
        public const string Version = "0.5.0";

        /// <summary>Standard ports: the lab's clients use them without settings.</summary>
        private const int SmtpPort = 25;
        private const int Pop3Port = 110;
        private const int ImapPort = 143;
        private const int HttpPort = 80;
        private const int DnsPort = 53;

        /// <summary>How often the main loop looks at the card (slots without a detect switch report nothing).</summary>
        private const int PollMilliseconds = 2000;

        /// <summary>Leases sit beside the startup-config on internal flash, so DHCP needs no SD card.</summary>
        private const string LeasePath = "I:\\leases.txt";

        private static BoardConfig _board;
        private static ApplianceParts _parts;
        private static bool _toldNoNetwork;

        public static void Main()
        {
            _board = BoardConfigFile.Read(out string boardError);
            if (_board == null)
            {
                // Without the board file no pin is known, not even the console's: tell the debugger (COM1).
                Debug.WriteLine("MailAppliance: " + boardError);
                Thread.Sleep(Timeout.Infinite);
            }
            var led = new StatusLed(_board.Led);
            led.Start();

            Stream uart = ConsoleUart.Open(_board.Console);
            var console = new ConsoleStreamService(uart, uart);
            _parts = new ApplianceParts(_board.SdCard.Drive, parts => new DeviceHost(_board, parts.Store));
            ApplianceModel model = _parts.Model;
            CardMailStore store = _parts.Store;
            var card = new SdCardSlot(_board.SdCard, store, model.Log);
            var session = new ConsoleSession(_parts.Cli, console, true);
            console.Write("\r\nMailAppliance " + Version + " on " + _board.Description + "\r\n");

            string startup = _parts.Host.LoadStartupConfig();
            if (startup == null)
            {
                LabExample.Apply(model);
                LabExample.ApplyDhcp(model.Dhcp, true);
                console.Write("No startup-config yet: " + LabExample.Description + "; DHCP pool 192.168.1.0/24\r\n");
            }
            else
            {
                _parts.Cli.Load(startup, console);
            }

            card.Poll();
            if (!store.IsAvailable)
            {
                console.Write("SD card " + (store.Problem ?? "missing or unreadable") + " on " + _board.SdCard.Drive + ": DNS and DHCP run, mail answers 452 / -ERR until a usable card is inserted\r\n");
            }
            bool online = BringUpNetwork(console);

            // Card-detect slots report removal; the main loop remounts (slots without a switch too).
            card.WatchRemoval();
            _parts.Trace.Sink = console;
            model.Log.Listener = console;
            console.Attach(session);

            while (true)
            {
                led.Show(!online ? StatusLed.NoNetwork : store.IsAvailable ? StatusLed.Running : StatusLed.SdCardMissing);
                if (!online)
                {
                    // NetworkHelper may be called again after a timeout: a cable plugged in later is found.
                    online = BringUpNetwork(console);
                }
                card.Poll();
                Thread.Sleep(PollMilliseconds);
            }
        }

        /// <summary>Connects and starts every service; false when the network is not up yet.</summary>
        private static bool BringUpNetwork(ConsoleStreamService console)
        {
            string address = NetworkLink.Connect(_board, _parts.Model.Network, out string error);
            if (address == null)
            {
                // Said once: the retries every half minute must not scroll the teacher's typing away.
                if (!_toldNoNetwork)
                {
                    console.Write("No network: " + error + "; trying again until it is up\r\n");
                    _toldNoNetwork = true;
                }
                return false;
            }
            Ipv4.TryParse(address, out uint own);
            _parts.Model.Address = own;
            try
            {
                StartServices();
                console.Write("Serving SMTP 25, POP3 110, DNS 53 and DHCP 67 on " + address + "\r\n");
            }
            catch (SocketException e)
            {
                // lwIP out of sockets or a port taken: the console still works, so say which.
                console.Write("A service could not start (" + e.Message + "); type reload to try again\r\n");
            }
            return true;
        }

        private static void StartServices()
        {
            ApplianceServices services = _parts.Services(IPAddress.Any, SmtpPort, Pop3Port, ImapPort, HttpPort, DnsPort, SntpPacket.Port);
            services.Smtp.Start();
            services.Pop3.Start();
            services.Imap.Start();
            services.Http.Start();
            services.DnsUdp.Start();
            services.DnsTcp.Start();
            services.Ntp.Start();
            UdpDhcpService.Start(DhcpSocket.Open(), _parts.Model, _parts.Clock, _parts.Trace, LeasePath, out DhcpServer dhcp);
            _parts.Cli.Dhcp = dhcp;
        }
    }
}
