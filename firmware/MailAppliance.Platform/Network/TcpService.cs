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
        // Handshakes the network stack completes while the accept loop is busy: enough for a class
        // pressing Send at once (issue 11: twelve). A handshake that overflows the queue waits out a
        // SYN retry, a second or more: with 2, and still with 8, ten clients reconnecting at once
        // overflowed it on a PC and stalled. On the board a pending connection holds one of lwIP's
        // 16 netconns (the pool the sockets use; nf_api_msg.c accept_function) until accepted, so
        // lwIP itself bounds the queue by what is free; the accept loop answers at once, with 421
        // when the sessions are full, and gives the netconn back.
        private const int Backlog = 16;

        // A refused client is told so in one short line; it must not stall the accept loop.
        private const int BusyReplyTimeoutMilliseconds = 1000;

        // Refusals are logged at most this often, with their count: a flood must not flood the console.
        private const int RefusalLogMilliseconds = 10000;

        /// <summary>
        /// How often a quiet session is asked to look for others' changes (<see cref="ISession.Poll"/>):
        /// an IMAP client in IDLE sees new mail this long after it arrives, at most. Each look
        /// lists the selected folder on the card, so it is not done more often.
        /// </summary>
        public const int PollMilliseconds = 5000;

        // The longest single wait for bytes: an eviction is acted on within this (a newcomer waits
        // up to SessionLimiter.WaitMilliseconds for the place).
        private const int StepMicroseconds = 250 * 1000;

        private readonly string _name;
        private readonly IPEndPoint _endPoint;
        private readonly ISessionFactory _factory;
        private readonly SessionLimiter _limiter;
        private readonly IConnectionLimits _limits;
        private readonly EventLog _log;
        private readonly int _service;
        private readonly Statistics _stats;
        // Refusals since the last log line about them, and when that line was written.
        private int _refusedSinceLog;
        private bool _refusalLogged;
        private long _refusalLoggedAt;
        private readonly ArrayList _connections = new ArrayList();
        private Socket _listener;
        // Set once by Stop; the accept loop also learns of it from the closed listener's exception.
        // Not volatile: nanoFramework's mscorlib lacks the IsVolatile modifier type.
        private bool _stopping;

        /// <param name="keepsSlot">Whether the service keeps a slot of the shared budget for itself (<see cref="SessionLimiter.AddService"/>).</param>
        /// <param name="evictable">Whether its longest-idle session gives its place to a newcomer when the budget is full (<see cref="SessionLimiter.AddService"/>).</param>
        public TcpService(string name, IPEndPoint endPoint, ISessionFactory factory, SessionLimiter limiter, bool keepsSlot, bool evictable, IConnectionLimits limits, EventLog log, Statistics stats)
        {
            _name = name;
            _endPoint = endPoint;
            _factory = factory;
            _limiter = limiter;
            _limits = limits;
            _log = log;
            _stats = stats;
            _service = limiter.AddService(keepsSlot, evictable);
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
                string address = RemoteAddress(client);
                string refusal;
                SessionSlot slot = _limiter.TryEnter(_service, address, out refusal);
                if (slot != null)
                {
                    Admit(client, slot);
                }
                else if (_limiter.TryStartWaiting())
                {
                    // Waits on a thread of its own, so the accept loop goes on meanwhile.
                    new Thread(() => WaitForSlot(client, address)).Start();
                }
                else
                {
                    RejectBusy(client, address, refusal);
                }
            }
        }

        private void WaitForSlot(Socket client, string address)
        {
            string refusal;
            SessionSlot slot = _limiter.WaitToEnter(_service, address, out refusal);
            if (slot == null)
            {
                RejectBusy(client, address, refusal);
                return;
            }
            Admit(client, slot);
        }

        private void Admit(Socket client, SessionSlot slot)
        {
            lock (_connections)
            {
                _connections.Add(client);
            }
            new Thread(() => Serve(client, slot)).Start();
        }

        // Answered and closed at once: a refused client must not hold one of the board's few
        // sockets (shared/NANOFRAMEWORK.md, lwIP limits).
        private void RejectBusy(Socket client, string address, string refusal)
        {
            Statistics.Count(ref _stats.SessionsRefused);
            LogRefusal(address, refusal);
            try
            {
                client.SendTimeout = BusyReplyTimeoutMilliseconds;
                _factory.Create(new SocketOutput(client), address, RemotePort(client)).RejectBusy();
            }
            catch (SocketException)
            {
                // The client left first; nothing to tell it.
            }
            client.Close();
        }

        private void Serve(Socket client, SessionSlot slot)
        {
            var output = new SocketOutput(client);
            ISession session = null;
            try
            {
                SessionSocket.Configure(client, _limits);
                session = _factory.Create(output, slot.Address, RemotePort(client));
                slot.Session = session;
                session.Start();
                var buffer = new byte[IoSizes.Segment];
                var deadline = new CommandDeadline(_limits);
                long pollAt = System.Environment.TickCount64 + PollMilliseconds;
                while (!output.CloseRequested)
                {
                    // Poll instead of ReceiveTimeout: a timeout is then told apart from a
                    // failure the same way on nanoFramework and .NET.
                    int wait = deadline.MicrosecondsLeft(session.CommandInProgress);
                    if (wait <= 0)
                    {
                        if (deadline.ForCommand)
                        {
                            _log.Add(_name + ": " + slot.Address + " did not finish a command within " + _limits.CommandTimeoutSeconds + " s; session closed");
                        }
                        session.TimedOut();
                        break;
                    }
                    if (slot.EvictionAsked)
                    {
                        _log.Add(_name + ": closed the idle session of " + slot.Address + " to make room for a new connection");
                        session.Evict();
                        break;
                    }
                    // Waits in steps, to see an eviction and to let the session look for others' changes.
                    if (!client.Poll(wait < StepMicroseconds ? wait : StepMicroseconds, SelectMode.SelectRead))
                    {
                        if (System.Environment.TickCount64 >= pollAt)
                        {
                            session.Poll();
                            pollAt = System.Environment.TickCount64 + PollMilliseconds;
                        }
                        continue;
                    }
                    int n = client.Receive(buffer, 0, buffer.Length, SocketFlags.None);
                    if (n == 0)
                    {
                        session.Disconnected();
                        break;
                    }
                    deadline.Heard();
                    slot.HeardAt = System.Environment.TickCount64;
                    session.Receive(buffer, 0, n);
                }
            }
            catch (SocketException)
            {
                if (output.SendTimedOut)
                {
                    _log.Add(_name + ": " + slot.Address + " did not read its replies for " + _limits.SendTimeoutSeconds + " s; session closed");
                }
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
                // The slot is free before the client sees the close: one that connects again at
                // once (Thunderbird fetching right after sending) is never refused by its own past.
                _limiter.Leave(slot);
                client.Close();
            }
        }

        private void LogRefusal(string address, string refusal)
        {
            int refused;
            lock (_connections)
            {
                _refusedSinceLog++;
                long now = System.Environment.TickCount64;
                if (_refusalLogged && now - _refusalLoggedAt < RefusalLogMilliseconds)
                {
                    return;
                }
                _refusalLogged = true;
                refused = _refusedSinceLog;
                _refusedSinceLog = 0;
                _refusalLoggedAt = now;
            }
            _log.Add(_name + ": refused " + address + " (" + refusal + ")" + (refused > 1 ? "; " + refused + " refused since the last such line" : ""));
        }

        private static int RemotePort(Socket client)
        {
            var remote = client.RemoteEndPoint as IPEndPoint;
            return remote == null ? 0 : remote.Port;
        }

        private static string RemoteAddress(Socket client)
        {
            var remote = client.RemoteEndPoint as IPEndPoint;
            return remote == null ? "unknown" : remote.Address.ToString();
        }
    }
}
