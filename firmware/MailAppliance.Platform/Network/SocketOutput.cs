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

        /// <summary>
        /// True when a send failed after waiting its whole timeout (the socket's SendTimeout):
        /// the client stopped reading, rather than went away.
        /// </summary>
        public bool SendTimedOut { get; private set; }

        public void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                long started = System.Environment.TickCount64;
                int sent;
                try
                {
                    sent = _socket.Send(buffer, offset, count, SocketFlags.None);
                }
                catch (SocketException)
                {
                    SendTimedOut = _socket.SendTimeout > 0 && System.Environment.TickCount64 - started >= _socket.SendTimeout;
                    throw;
                }
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
