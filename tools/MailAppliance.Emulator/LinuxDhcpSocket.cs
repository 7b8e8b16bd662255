using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MailAppliance.Emulator;

/// <summary>
/// The DHCP socket on Linux: 0.0.0.0:67 with broadcasts allowed, tied to one interface with
/// SO_BINDTODEVICE so it serves only that network and its broadcasts leave there. Needs root.
/// </summary>
public static class LinuxDhcpSocket
{
    private const int SolSocket = 1;
    private const int SoBindToDevice = 25;

    public static Socket Open(string interfaceName)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.SetRawSocketOption(SolSocket, SoBindToDevice, Encoding.ASCII.GetBytes(interfaceName + "\0"));
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Broadcast, true);
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(IPAddress.Any, 67));
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
