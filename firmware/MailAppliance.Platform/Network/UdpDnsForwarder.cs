using System;
using System.Net;
using System.Net.Sockets;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Forwards a query to the configured upstream server over UDP, each from a new socket on
    /// a port the network stack picks at random and with a random id (RFC 5452 §9.1), and
    /// waits a short while for the matching answer; anything else that arrives is dropped.
    /// </summary>
    public sealed class UdpDnsForwarder : IDnsUpstream
    {
        /// <summary>How long to wait for the upstream server.</summary>
        public const int TimeoutMilliseconds = 2000;

        private const int MaxAnswer = 1232;

        private readonly DnsSettings _settings;
        private readonly Random _random = new Random();

        public UdpDnsForwarder(DnsSettings settings)
        {
            _settings = settings;
        }

        public int Exchange(byte[] query, int length, byte[] answer)
        {
            uint upstream = _settings.Forwarder;
            if (upstream == 0)
            {
                return 0;
            }
            var pending = new ForwardedQuery();
            var outgoing = new byte[length];
            int id;
            lock (_random)
            {
                id = _random.Next(0x10000);
            }
            if (!pending.Prepare(query, length, outgoing, id))
            {
                return 0;
            }
            var bytes = new byte[4];
            Ipv4.Write(bytes, 0, upstream);
            var server = new IPEndPoint(new IPAddress(bytes), _settings.ForwarderPort);
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                socket.SendTo(outgoing, 0, length, SocketFlags.None, server);
                var received = new byte[MaxAnswer];
                DateTime deadline = DateTime.UtcNow.AddMilliseconds(TimeoutMilliseconds);
                while (true)
                {
                    long left = (deadline.Ticks - DateTime.UtcNow.Ticks) / TimeSpan.TicksPerMillisecond;
                    if (left <= 0 || !socket.Poll((int)left * 1000, SelectMode.SelectRead))
                    {
                        return 0;
                    }
                    EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                    int n = socket.ReceiveFrom(received, 0, received.Length, SocketFlags.None, ref from);
                    if (from.Equals(server) && n <= answer.Length && pending.TryAccept(received, n))
                    {
                        Array.Copy(received, answer, n);
                        return n;
                    }
                }
            }
            catch (SocketException)
            {
                return 0;
            }
            finally
            {
                socket.Close();
            }
        }
    }
}
