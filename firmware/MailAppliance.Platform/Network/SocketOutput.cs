using System.Net.Sockets;
using System.Threading;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>An engine's view of its TCP connection.</summary>
    internal sealed class SocketOutput : ISessionOutput
    {
        private readonly Socket _socket;

        public SocketOutput(Socket socket)
        {
            _socket = socket;
        }

        /// <summary>True once the engine asked to close; the loop then closes the socket.</summary>
        public bool CloseRequested { get; private set; }

        public void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int sent = _socket.Send(buffer, offset, count, SocketFlags.None);
                offset += sent;
                count -= sent;
            }
        }

        public void Delay(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }

        public void Close()
        {
            CloseRequested = true;
        }
    }
}
