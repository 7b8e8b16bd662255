using System.Net;
using System.Net.Sockets;

namespace MailAppliance.Platform.Network
{
    /// <summary>Opens the services' sockets: bound (and listening, for TCP), or closed again on failure.</summary>
    public static class BoundSocket
    {
        /// <summary>A TCP socket listening on <paramref name="endPoint"/>. Throws SocketException when the port is taken.</summary>
        public static Socket Listen(IPEndPoint endPoint, int backlog)
        {
            return Open(SocketType.Stream, ProtocolType.Tcp, endPoint, backlog);
        }

        /// <summary>A UDP socket bound to <paramref name="endPoint"/>. Throws SocketException when the port is taken.</summary>
        public static Socket Datagram(IPEndPoint endPoint)
        {
            return Open(SocketType.Dgram, ProtocolType.Udp, endPoint, 0);
        }

        private static Socket Open(SocketType type, ProtocolType protocol, IPEndPoint endPoint, int backlog)
        {
            var socket = new Socket(AddressFamily.InterNetwork, type, protocol);
            try
            {
                socket.Bind(endPoint);
                if (backlog > 0)
                {
                    socket.Listen(backlog);
                }
                return socket;
            }
            catch (SocketException)
            {
                socket.Close();
                throw;
            }
        }
    }
}
