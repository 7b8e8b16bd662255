namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// One query on its way to the upstream forwarder and back. The query leaves with a fresh
    /// random id (and, from the platform, a fresh random source port); an answer is taken only
    /// when its id and question match, so a spoofed or stray datagram is dropped (RFC 5452 §9.1).
    /// </summary>
    public sealed class ForwardedQuery
    {
        private readonly DnsQuestion _asked = new DnsQuestion();
        private readonly DnsQuestion _answered = new DnsQuestion();
        private readonly DnsHeader _header = new DnsHeader();
        private int _clientId;
        private int _upstreamId;

        /// <summary>
        /// Copies the client's query into <paramref name="outgoing"/> with <paramref name="upstreamId"/>
        /// as its id and remembers the question. False when the query has no readable question.
        /// </summary>
        public bool Prepare(byte[] query, int length, byte[] outgoing, int upstreamId)
        {
            if (length > outgoing.Length || !_asked.Read(query, length))
            {
                return false;
            }
            _header.Attach(query, length);
            _clientId = _header.Id;
            _upstreamId = upstreamId & 0xFFFF;
            System.Array.Copy(query, outgoing, length);
            _header.Attach(outgoing, length);
            _header.Id = _upstreamId;
            return true;
        }

        /// <summary>
        /// True when <paramref name="answer"/> answers the prepared query: a response, same id,
        /// one question equal to ours (names compared without case). Its id is then set back to
        /// the client's.
        /// </summary>
        public bool TryAccept(byte[] answer, int length)
        {
            if (!_header.Attach(answer, length) || !_header.IsResponse || _header.Id != _upstreamId || _header.QuestionCount != 1)
            {
                return false;
            }
            if (!_answered.Read(answer, length) || _answered.Type != _asked.Type || _answered.Class != _asked.Class
                || !DnsName.Equal(_answered.Name, _answered.NameLength, _asked.Name, _asked.NameLength))
            {
                return false;
            }
            _header.Id = _clientId;
            return true;
        }
    }
}
