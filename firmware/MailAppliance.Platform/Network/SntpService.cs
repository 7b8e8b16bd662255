using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Ntp;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Keeps the appliance's clock from the configured NTP server (<c>ntp server ADDRESS</c>), in a
    /// thread of its own: asks at once when a server is configured, then every
    /// <see cref="PollSeconds"/>, and every <see cref="RetrySeconds"/> while it does not answer
    /// (RFC 4330 §10 asks clients not to poll more often than once a minute). Each request goes
    /// from a new socket on a port the stack picks; what the log says changes only when the
    /// outcome changes, so a server that is down costs one line, not one a minute.
    /// </summary>
    public sealed class SntpService
    {
        public const int PollSeconds = 1024;
        public const int RetrySeconds = 64;
        private const int AnswerTimeoutMilliseconds = 2000;

        private readonly ClockSettings _settings;
        private readonly ApplianceClock _clock;
        private readonly EventLog _log;
        private readonly int _port;
        private bool _stopped;

        /// <param name="port">The servers' port: 123, or another for a test server on loopback.</param>
        public SntpService(ClockSettings settings, ApplianceClock clock, EventLog log, int port)
        {
            _settings = settings;
            _clock = clock;
            _log = log;
            _port = port;
        }

        public void Start()
        {
            new Thread(Run).Start();
        }

        public void Stop()
        {
            _stopped = true;
        }

        private void Run()
        {
            uint asked = 0;
            long next = 0;
            string lastOutcome = null;
            while (!_stopped)
            {
                uint server = _settings.NtpServer;
                long now = Environment.TickCount64;
                if (server != 0 && (server != asked || now >= next))
                {
                    asked = server;
                    string outcome = Ask(server);
                    next = now + (outcome == null ? PollSeconds : RetrySeconds) * 1000L;
                    string line = outcome ?? "clock set by NTP from " + Ipv4.Format(server);
                    if (line != lastOutcome)
                    {
                        _log.Add("ntp: " + line);
                        lastOutcome = line;
                    }
                }
                // A changed "ntp server" is noticed within a second.
                Thread.Sleep(1000);
            }
        }

        // Null when the clock was set; otherwise why not.
        private string Ask(uint server)
        {
            var bytes = new byte[4];
            Ipv4.Write(bytes, 0, server);
            var endPoint = new IPEndPoint(new IPAddress(bytes), _port);
            var request = new byte[SntpPacket.Length];
            var reply = new byte[SntpPacket.Length * 2];
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                SntpPacket.WriteRequest(request, _clock.UtcNow);
                socket.SendTo(request, 0, request.Length, SocketFlags.None, endPoint);
                if (!socket.Poll(AnswerTimeoutMilliseconds * 1000, SelectMode.SelectRead))
                {
                    return "NTP server " + Ipv4.Format(server) + " does not answer; the clock stays " + (_clock.IsSet ? "as it is" : "not set");
                }
                EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                int n = socket.ReceiveFrom(reply, 0, reply.Length, SocketFlags.None, ref from);
                long offset = 0;
                string why = "an answer from another address";
                if (!from.Equals(endPoint) || !SntpPacket.TryReadReply(reply, n, request, _clock.UtcNow, out offset, out why))
                {
                    return "NTP server " + Ipv4.Format(server) + " sent " + why + "; the clock stays " + (_clock.IsSet ? "as it is" : "not set");
                }
                _clock.Set(_clock.UtcNow.AddTicks(offset), "NTP " + Ipv4.Format(server));
                return null;
            }
            catch (SocketException e)
            {
                return "NTP server " + Ipv4.Format(server) + " cannot be reached (" + e.Message + ")";
            }
            finally
            {
                socket.Close();
            }
        }
    }
}
