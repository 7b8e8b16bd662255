using System.Net;
using System.Net.Sockets;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Text;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// The DHCP server on UDP port 67. The socket comes bound from the caller, because binding
    /// for broadcasts differs by platform (shared/NANOFRAMEWORK.md): on Linux one socket on
    /// 0.0.0.0:67 tied to one interface; on the board, the nanoFramework samples' way.
    /// </summary>
    public sealed class UdpDhcpService
    {
        private const int MaxMessage = 1500;

        // Leases that run out while the network is quiet still leave DNS within this time.
        private const int ExpiryCheckMicroseconds = 30 * 1000000;

        private readonly Socket _socket;
        private readonly DhcpServer _server;
        private readonly EventLog _log;
        private readonly ITrace _trace;
        private readonly byte[] _request = new byte[MaxMessage];
        private readonly byte[] _reply = new byte[MaxMessage];
        private bool _stopping;

        public UdpDhcpService(Socket boundSocket, DhcpServer server, EventLog log, ITrace trace)
        {
            _trace = trace;
            _socket = boundSocket;
            _server = server;
            _log = log;
        }

        /// <summary>
        /// The DHCP server with its leases from <paramref name="leasePath"/> (names back in DNS),
        /// serving on the bound socket from now on; <paramref name="server"/> is for the console.
        /// </summary>
        public static UdpDhcpService Start(Socket boundSocket, ApplianceModel model, IClock clock, ITrace trace, string leasePath, out DhcpServer server)
        {
            var leases = new DhcpLeases();
            var file = new LeaseFile(leasePath);
            server = new DhcpServer(model, leases, clock, file);
            file.LoadInto(leases, server.Now());
            server.RegisterHostNames();
            var service = new UdpDhcpService(boundSocket, server, model.Log, trace);
            service.Start();
            return service;
        }

        public void Start()
        {
            new Thread(Serve).Start();
        }

        public void Stop()
        {
            _stopping = true;
            _socket.Close();
        }

        private void Serve()
        {
            var destinationBytes = new byte[4];
            while (!_stopping)
            {
                EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                int length;
                try
                {
                    if (!_socket.Poll(ExpiryCheckMicroseconds, SelectMode.SelectRead))
                    {
                        _server.Expire(_server.Now());
                        continue;
                    }
                    length = _socket.ReceiveFrom(_request, 0, _request.Length, SocketFlags.None, ref from);
                }
                catch (SocketException)
                {
                    continue;
                }
                catch (System.ObjectDisposedException)
                {
                    return; // Stop closed the socket.
                }
                try
                {
                    uint destination;
                    int port;
                    int n = _server.Handle(_request, length, _reply, out destination, out port);
                    if (_trace.IsTracing("dhcp"))
                    {
                        _trace.Write("dhcp", DhcpServer.Describe(_request, length, _reply, n, destination));
                    }
                    if (n > 0)
                    {
                        Ipv4.Write(destinationBytes, 0, destination);
                        _socket.SendTo(_reply, 0, n, SocketFlags.None, new IPEndPoint(new IPAddress(destinationBytes), port));
                    }
                }
                catch (System.Exception e)
                {
                    _log.Add("dhcp: message failed: " + e.Message);
                }
            }
        }
    }
}
