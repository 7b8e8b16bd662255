using System.Collections;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// The service loop: accepts TCP connections on one port and runs each in its own thread
    /// through a protocol engine. The only code that reads a socket. A session that throws
    /// is logged and closed; every other session goes on.
    /// </summary>
    public sealed class TcpService
    {
        /// <summary>Bytes read from a socket at a time.</summary>
        public const int ReceiveBufferSize = 512;

        private const int Backlog = 2;

        private readonly string _name;
        private readonly IPEndPoint _endPoint;
        private readonly ISessionFactory _factory;
        private readonly SessionLimiter _limiter;
        private readonly IConnectionLimits _limits;
        private readonly EventLog _log;
        private readonly ArrayList _connections = new ArrayList();
        private Socket _listener;
        // Set once by Stop; the accept loop also learns of it from the closed listener's exception.
        // Not volatile: nanoFramework's mscorlib lacks the IsVolatile modifier type.
        private bool _stopping;

        public TcpService(string name, IPEndPoint endPoint, ISessionFactory factory, SessionLimiter limiter, IConnectionLimits limits, EventLog log)
        {
            _name = name;
            _endPoint = endPoint;
            _factory = factory;
            _limiter = limiter;
            _limits = limits;
            _log = log;
        }

        /// <summary>Binds and listens, then accepts in a background thread. Throws SocketException when the port is taken.</summary>
        public void Start()
        {
            _listener = BoundSocket.Listen(_endPoint, Backlog);
            new Thread(AcceptLoop).Start();
        }

        /// <summary>Stops accepting and closes every open connection.</summary>
        public void Stop()
        {
            _stopping = true;
            _listener.Close();
            lock (_connections)
            {
                for (int i = 0; i < _connections.Count; i++)
                {
                    ((Socket)_connections[i]).Close();
                }
                _connections.Clear();
            }
        }

        private void AcceptLoop()
        {
            while (!_stopping)
            {
                Socket client;
                try
                {
                    client = _listener.Accept();
                }
                catch (SocketException)
                {
                    if (_stopping)
                    {
                        return;
                    }
                    continue;
                }
                catch (System.ObjectDisposedException)
                {
                    return; // Stop closed the listener.
                }
                if (!_limiter.TryEnter())
                {
                    RejectBusy(client);
                    continue;
                }
                lock (_connections)
                {
                    _connections.Add(client);
                }
                new Thread(() => Serve(client)).Start();
            }
        }

        // Answered on the accept thread and closed at once: a refused client must not hold
        // one of the board's few sockets (shared/NANOFRAMEWORK.md, lwIP limits).
        private void RejectBusy(Socket client)
        {
            try
            {
                var output = new SocketOutput(client);
                _factory.Create(output, RemoteAddress(client)).RejectBusy();
            }
            catch (SocketException)
            {
                // The client left first; nothing to tell it.
            }
            client.Close();
        }

        private void Serve(Socket client)
        {
            var output = new SocketOutput(client);
            ISession session = null;
            try
            {
                session = _factory.Create(output, RemoteAddress(client));
                session.Start();
                var buffer = new byte[ReceiveBufferSize];
                while (!output.CloseRequested)
                {
                    // Poll instead of ReceiveTimeout: a timeout is then told apart from a
                    // failure the same way on nanoFramework and .NET.
                    if (!client.Poll(IdleMicroseconds(), SelectMode.SelectRead))
                    {
                        session.TimedOut();
                        break;
                    }
                    int n = client.Receive(buffer, 0, buffer.Length, SocketFlags.None);
                    if (n == 0)
                    {
                        session.Disconnected();
                        break;
                    }
                    session.Receive(buffer, 0, n);
                }
            }
            catch (SocketException)
            {
                if (session != null && !session.IsClosed)
                {
                    session.Disconnected();
                }
            }
            catch (System.Exception e)
            {
                _log.Add(_name + ": session failed: " + e.Message);
                if (session != null && !session.IsClosed)
                {
                    session.Disconnected();
                }
            }
            finally
            {
                lock (_connections)
                {
                    _connections.Remove(client);
                }
                client.Close();
                _limiter.Leave();
            }
        }

        // Poll takes an int of microseconds: about 35 minutes at most.
        private int IdleMicroseconds()
        {
            int seconds = _limits.IdleTimeoutSeconds;
            return seconds > 2000 ? 2000000000 : seconds * 1000000;
        }

        private static string RemoteAddress(Socket client)
        {
            var remote = client.RemoteEndPoint as IPEndPoint;
            return remote == null ? "unknown" : remote.Address.ToString();
        }
    }
}
