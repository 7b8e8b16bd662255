using System.Net;
using System.Net.Sockets;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>
    /// The DHCP server's socket on the board: UDP port 67 on every address, broadcast allowed so
    /// replies reach clients that have no address yet (RFC 2131 §4.1). Whether lwIP hands broadcast
    /// requests to this socket on the Ethernet interface is unconfirmed (NANOFRAMEWORK.md); the
    /// nanoFramework DHCP servers seen bind 255.255.255.255:67 instead, on Wi-Fi soft-AP.
    /// </summary>
    public static class DhcpSocket
    {
        public static Socket Open()
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Broadcast, true);
            socket.Bind(new IPEndPoint(IPAddress.Any, 67));
            return socket;
        }
    }
}
