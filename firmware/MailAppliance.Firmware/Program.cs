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
    /// main thread shows the state on the LED and retries a missing SD card. Everything past the
    /// hardware lives in Core and Platform, exactly as the emulator runs it.
    /// </summary>
    public static class Program
    {
        public const string Version = "0.5.0";

        /// <summary>Standard ports: the lab's clients use them without settings.</summary>
        private const int SmtpPort = 25;
        private const int Pop3Port = 110;
        private const int DnsPort = 53;

        /// <summary>How often a missing card is looked for (slots without a detect switch report nothing).</summary>
        private const int CardPollMilliseconds = 2000;

        /// <summary>Leases sit beside the startup-config on internal flash, so DHCP needs no SD card.</summary>
        private const string LeasePath = "I:\\leases.txt";

        public static void Main()
        {
            BoardConfig board = BoardConfigFile.Read(out string boardError);
            if (board == null)
            {
                // Without the board file no pin is known, not even the console's: tell the debugger (COM1).
                Debug.WriteLine("MailAppliance: " + boardError);
                Thread.Sleep(Timeout.Infinite);
            }
            var led = new StatusLed(board.Led);
            led.Start();

            Stream uart = ConsoleUart.Open(board.Console);
            var console = new ConsoleStreamService(uart, uart);
            var clock = new SystemClock();
            var model = new ApplianceModel();
            model.Log.Clock = clock;
            var store = new CardMailStore(board.SdCard.Drive);
            var card = new SdCardSlot(board.SdCard, store, model.Log);
            var trace = new TraceRouter(clock);
            var zones = new DnsZones(model);
            var host = new DeviceHost(board, store);
            var cli = new CliEngine(model, store, host, zones, null, trace);
            var session = new ConsoleSession(cli, console, true);
            console.Write("\r\nMailAppliance " + Version + " on " + board.Description + "\r\n");

            string startup = host.LoadStartupConfig();
            if (startup == null)
            {
                LabExample.Apply(model);
                LabExample.ApplyDhcp(model.Dhcp, true);
                console.Write("No startup-config yet: " + LabExample.Description + "; DHCP pool 192.168.1.0/24\r\n");
            }
            else
            {
                cli.Load(startup, console);
            }

            card.Poll();
            if (!store.IsAvailable)
            {
                console.Write("SD card missing or unreadable on " + board.SdCard.Drive + ": DNS and DHCP run, mail answers 452 / -ERR until a card is inserted\r\n");
            }

            string address = NetworkLink.Connect(board, model.Network, out string networkError);
            if (address == null)
            {
                console.Write("No network: " + networkError + ". Fix it, then type reload.\r\n");
            }
            else
            {
                Ipv4.TryParse(address, out uint own);
                model.Address = own;
                try
                {
                    StartServices(model, store, zones, clock, trace, cli);
                    console.Write("Serving SMTP 25, POP3 110, DNS 53 and DHCP 67 on " + address + "\r\n");
                }
                catch (SocketException e)
                {
                    // lwIP out of sockets or a port taken: the console still works, so say which.
                    console.Write("A service could not start (" + e.Message + "); type reload to try again\r\n");
                }
            }

            // Card-detect slots report removal; the main loop below remounts (slots without a switch too).
            card.WatchRemoval();
            trace.Sink = session;
            model.Log.Listener = session;
            console.Attach(session);

            while (true)
            {
                card.Poll();
                led.Show(address == null ? StatusLed.NoNetwork : store.IsAvailable ? StatusLed.Running : StatusLed.SdCardMissing);
                Thread.Sleep(CardPollMilliseconds);
            }
        }

        private static void StartServices(ApplianceModel model, CardMailStore store, DnsZones zones, SystemClock clock, TraceRouter trace, CliEngine cli)
        {
            var services = new ApplianceServices(model, store, zones, clock, trace, IPAddress.Any, SmtpPort, Pop3Port, DnsPort);
            services.Smtp.Start();
            services.Pop3.Start();
            services.DnsUdp.Start();
            services.DnsTcp.Start();

            UdpDhcpService.Start(DhcpSocket.Open(), model, clock, trace, LeasePath, out DhcpServer dhcp);
            cli.Dhcp = dhcp;
        }
    }
}
