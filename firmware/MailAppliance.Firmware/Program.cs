using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
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
        private const int DnsPort = 53;

        /// <summary>How often the main loop looks at the card (slots without a detect switch report nothing).</summary>
        private const int PollMilliseconds = 2000;

        /// <summary>Leases sit beside the startup-config on internal flash, so DHCP needs no SD card.</summary>
        private const string LeasePath = "I:\\leases.txt";

        private static BoardConfig _board;
        private static ApplianceModel _model;
        private static CardMailStore _store;
        private static SystemClock _clock;
        private static TraceRouter _trace;
        private static DnsZones _zones;
        private static CliEngine _cli;
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
            _clock = new SystemClock();
            _model = new ApplianceModel();
            _model.Log.Clock = _clock;
            _store = new CardMailStore(_board.SdCard.Drive);
            var card = new SdCardSlot(_board.SdCard, _store, _model.Log);
            _trace = new TraceRouter(_clock);
            _zones = new DnsZones(_model);
            var host = new DeviceHost(_board, _store);
            _cli = new CliEngine(_model, _store, host, _zones, null, _trace);
            var session = new ConsoleSession(_cli, console, true);
            console.Write("\r\nMailAppliance " + Version + " on " + _board.Description + "\r\n");

            string startup = host.LoadStartupConfig();
            if (startup == null)
            {
                LabExample.Apply(_model);
                LabExample.ApplyDhcp(_model.Dhcp, true);
                console.Write("No startup-config yet: " + LabExample.Description + "; DHCP pool 192.168.1.0/24\r\n");
            }
            else
            {
                _cli.Load(startup, console);
            }

            card.Poll();
            if (!_store.IsAvailable)
            {
                console.Write("SD card missing or unreadable on " + _board.SdCard.Drive + ": DNS and DHCP run, mail answers 452 / -ERR until a card is inserted\r\n");
            }
            bool online = BringUpNetwork(console);

            // Card-detect slots report removal; the main loop remounts (slots without a switch too).
            card.WatchRemoval();
            _trace.Sink = session;
            _model.Log.Listener = session;
            console.Attach(session);

            while (true)
            {
                led.Show(!online ? StatusLed.NoNetwork : _store.IsAvailable ? StatusLed.Running : StatusLed.SdCardMissing);
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
            string address = NetworkLink.Connect(_board, _model.Network, out string error);
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
            _model.Address = own;
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
            var services = new ApplianceServices(_model, _store, _zones, _clock, _trace, IPAddress.Any, SmtpPort, Pop3Port, DnsPort);
            services.Smtp.Start();
            services.Pop3.Start();
            services.DnsUdp.Start();
            services.DnsTcp.Start();
            UdpDhcpService.Start(DhcpSocket.Open(), _model, _clock, _trace, LeasePath, out DhcpServer dhcp);
            _cli.Dhcp = dhcp;
        }
    }
}
