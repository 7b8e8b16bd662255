using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// DNS over TCP (RFC 1035 §4.2.2, RFC 7766): each message is preceded by its 2-byte
    /// length; a connection may carry several queries, answered in order.
    /// </summary>
    public sealed class DnsTcpSession : ISession
    {
        /// <summary>Largest query read; a real query is far smaller, and the board's heap is small.</summary>
        public const int MaxQuery = 1024;

        /// <summary>Largest answer; beyond it the answer is truncated (TC), which no zone here reaches.</summary>
        public const int MaxAnswer = 2048;

        private readonly DnsResponder _responder;
        private readonly IDnsUpstream _upstream;
        // The answers to the queries of one received chunk leave together (RFC 7766 §6.2.1.1 allows
        // pipelining; one send per chunk, as for mail).
        private readonly BufferedOutput _output;
        private readonly ITrace _trace;
        private readonly string _traceName;
        private readonly uint _client;
        private readonly byte[] _query = new byte[MaxQuery];
        // One buffer for the answer and its length prefix: the answer is written at its start,
        // at most MaxAnswer bytes, then moved up two (Array.Copy is a memmove on nanoCLR and .NET).
        // Two buffers were 2 KB more per connection on the board.
        private readonly byte[] _answer = new byte[MaxAnswer + 2];
        private int _expected;
        private int _have;
        private int _prefixBytes;
        private bool _closed;
        private int _queriesReceived;

        /// <param name="client">The client's IPv4 address, host order: the forwarder serves only the lab's networks.</param>
        public DnsTcpSession(DnsResponder responder, IDnsUpstream upstream, ISessionOutput output, ITrace trace, uint client, string traceName)
        {
            _client = client;
            _responder = responder;
            _upstream = upstream;
            _output = new BufferedOutput(output, IoSizes.Reply);
            _trace = trace;
            _traceName = traceName;
        }

        public bool IsClosed
        {
            get { return _closed; }
        }

        // DNS has no login.
        public bool IsAuthenticated
        {
            get { return false; }
        }

        public int CommandInProgress
        {
            get { return _prefixBytes > 0 ? _queriesReceived + 1 : 0; }
        }

        public void Start()
        {
        }

        // Nothing is sent: DNS has no greeting, so a refused client just sees the close.
        public void RejectBusy()
        {
            Close();
        }

        public void TimedOut()
        {
            Close();
        }

        public void Disconnected()
        {
            Close();
        }

        public void Poll()
        {
        }

        public void Evict()
        {
            Close();
        }

        public void Receive(byte[] buffer, int offset, int count)
        {
            int end = offset + count;
            while (offset < end && !_closed)
            {
                if (_prefixBytes < 2)
                {
                    _expected = (_expected << 8) | buffer[offset++];
                    if (++_prefixBytes < 2)
                    {
                        continue;
                    }
                    if (_expected == 0 || _expected > MaxQuery)
                    {
                        _trace.Write(_traceName, "-- query of " + _expected + " bytes refused; closing");
                        Close();
                        return;
                    }
                    _have = 0;
                    continue;
                }
                int n = _expected - _have;
                if (n > end - offset)
                {
                    n = end - offset;
                }
                System.Array.Copy(buffer, offset, _query, _have, n);
                _have += n;
                offset += n;
                if (_have == _expected)
                {
                    _queriesReceived++;
                    Answer(_have);
                    _prefixBytes = 0;
                    _expected = 0;
                }
            }
            _output.Flush();
        }

        // The length prefix and the answer go out in one write (RFC 7766 §8).
        private void Answer(int length)
        {
            int n = _responder.Handle(_query, length, _answer, MaxAnswer, true, _client);
            if (_trace.IsTracing(_traceName))
            {
                _trace.Write(_traceName, "query: " + DnsResponder.Describe(_query, length, n == DnsResponder.Forward ? n : _responder.LastRcode));
            }
            if (n == DnsResponder.Forward)
            {
                n = _upstream.Exchange(_query, length, _answer);
                if (n <= 0 || n > MaxAnswer)
                {
                    n = DnsResponder.ServerFailure(_query, length, _answer);
                }
            }
            if (n <= 0)
            {
                return;
            }
            System.Array.Copy(_answer, 0, _answer, 2, n);
            NetworkOrder.Write16(_answer, 0, n);
            _output.Write(_answer, 0, n + 2);
        }

        private void Close()
        {
            if (!_closed)
            {
                _closed = true;
                _output.Close();
            }
        }
    }
}
