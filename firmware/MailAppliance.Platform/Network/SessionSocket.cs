using System.Net.Sockets;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// The options every session socket gets. Each is an improvement, not a condition: a network
    /// stack that refuses one (lwIP built without SO_SNDTIMEO, say; not yet tried on a board)
    /// still serves the session, only without that option.
    /// </summary>
    internal static class SessionSocket
    {
        public static void Configure(Socket client, IConnectionLimits limits)
        {
            try
            {
                // A client that stops reading is closed after this (TcpService logs it).
                client.SendTimeout = limits.SendTimeoutSeconds * 1000;
            }
            catch (SocketException)
            {
                // No send deadline on this stack; the idle and command deadlines still hold.
            }
            try
            {
                // Replies are whole sends already (BufferedOutput): Nagle would only hold each one
                // back for the client's delayed ACK, about 40 ms per reply (issue 11's measurement).
                client.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
            }
            catch (SocketException)
            {
                // Nagle stays on: replies are still whole sends, only later.
            }
        }
    }
}
