using System.Net;
using System.Net.Sockets;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// The DNS responder on UDP: one thread, one socket, buffers allocated once. Queries for
    /// the forwarder go to a short-lived thread each (at most <see cref="MaxForwarding"/> at
    /// once), so a slow upstream never holds up answers for the appliance's own names.
    /// </summary>
    public sealed class UdpDnsService
    {
        /// <summary>Forwarded queries in flight; more are answered SERVFAIL at once.</summary>
        public const int MaxForwarding = 2;

        private readonly IPEndPoint _endPoint;
        private readonly DnsResponder _responder;
        private readonly IDnsUpstream _upstream;
        private readonly EventLog _log;
        private readonly ITrace _trace;
        private readonly byte[] _request = new byte[DnsResponder.EdnsUdpLimit];
        private readonly byte[] _reply = new byte[DnsResponder.EdnsUdpLimit];
        private Socket _socket;
        private bool _stopping;
        private int _forwarding;

        public UdpDnsService(IPEndPoint endPoint, DnsResponder responder, IDnsUpstream upstream, EventLog log, ITrace trace)
        {
            _trace = trace;
            _endPoint = endPoint;
            _responder = responder;
            _upstream = upstream;
            _log = log;
        }

        /// <summary>Binds the port and serves in a background thread. Throws SocketException when the port is taken.</summary>
        public void Start()
        {
            _socket = BoundSocket.Datagram(_endPoint);
            new Thread(Serve).Start();
        }

        public void Stop()
        {
            _stopping = true;
            _socket.Close();
        }

        private void Serve()
        {
            while (!_stopping)
            {
                EndPoint client = new IPEndPoint(IPAddress.Any, 0);
                int length;
                try
                {
                    length = _socket.ReceiveFrom(_request, 0, _request.Length, SocketFlags.None, ref client);
                }
                catch (SocketException)
                {
                    // A closed socket (stop) or an ICMP error from an earlier reply: go on.
                    continue;
                }
                catch (System.ObjectDisposedException)
                {
                    return; // Stop closed the socket.
                }
                try
                {
                    uint from = Ipv4.Read(((IPEndPoint)client).Address.GetAddressBytes(), 0);
                    int n = _responder.Handle(_request, length, _reply, false, from);
                    if (_trace.IsTracing("dns"))
                    {
                        _trace.Write("dns", "query from " + client + ": " + DnsResponder.Describe(_request, length, n == DnsResponder.Forward ? n : _responder.LastRcode));
                    }
                    if (n == DnsResponder.Forward)
                    {
                        n = StartForwarding(client, length);
                    }
                    if (n > 0)
                    {
                        _socket.SendTo(_reply, 0, n, SocketFlags.None, client);
                    }
                }
                catch (System.Exception e)
                {
                    _log.Add("dns: query failed: " + e.Message);
                }
            }
        }

        // Returns a SERVFAIL length to send now when too many are in flight, else 0.
        private int StartForwarding(EndPoint client, int length)
        {
            if (Interlocked.Increment(ref _forwarding) > MaxForwarding)
            {
                Interlocked.Decrement(ref _forwarding);
                return DnsResponder.ServerFailure(_request, length, _reply);
            }
            var query = new byte[length];
            System.Array.Copy(_request, query, length);
            new Thread(() => Forward(client, query)).Start();
            return 0;
        }

        private void Forward(EndPoint client, byte[] query)
        {
            try
            {
                var answer = new byte[DnsResponder.EdnsUdpLimit];
                int n = _upstream.Exchange(query, query.Length, answer);
                if (n <= 0)
                {
                    n = DnsResponder.ServerFailure(query, query.Length, answer);
                }
                if (n > 0)
                {
                    _socket.SendTo(answer, 0, n, SocketFlags.None, client);
                }
            }
            catch (SocketException)
            {
                // The client's port went away.
            }
            catch (System.ObjectDisposedException)
            {
                // The service stopped while the upstream was being asked.
            }
            finally
            {
                Interlocked.Decrement(ref _forwarding);
            }
        }
    }
}
