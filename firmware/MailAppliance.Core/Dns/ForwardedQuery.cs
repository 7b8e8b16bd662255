namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// One query on its way to the upstream forwarder and back. The query leaves with a fresh
    /// random id (and, from the platform, a fresh random source port); an answer is taken only
    /// when its id and question match, so a spoofed or stray datagram is dropped (RFC 5452 §9.1).
    /// </summary>
    public sealed class ForwardedQuery
    {
        private readonly byte[] _question = new byte[DnsName.MaxLength + 4];
        private readonly byte[] _scratch = new byte[DnsName.MaxLength];
        private readonly DnsHeader _header = new DnsHeader();
        private int _questionLength;
        private int _clientId;
        private int _upstreamId;

        /// <summary>
        /// Copies the client's query into <paramref name="outgoing"/> with <paramref name="upstreamId"/>
        /// as its id and remembers the question. False when the query has no readable question.
        /// </summary>
        public bool Prepare(byte[] query, int length, byte[] outgoing, int upstreamId)
        {
            int nameLength;
            int nameEnd;
            if (length < DnsHeader.Length || length > outgoing.Length
                || !DnsName.TryRead(query, length, DnsHeader.Length, _question, out nameLength, out nameEnd)
                || nameEnd + 4 > length)
            {
                return false;
            }
            System.Array.Copy(query, nameEnd, _question, nameLength, 4);
            _questionLength = nameLength + 4;
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
            int nameLength;
            int nameEnd;
            if (!DnsName.TryRead(answer, length, DnsHeader.Length, _scratch, out nameLength, out nameEnd)
                || nameEnd + 4 > length || nameLength + 4 != _questionLength)
            {
                return false;
            }
            for (int i = 0; i < nameLength; i++)
            {
                if (_scratch[i] != _question[i])
                {
                    return false;
                }
            }
            for (int i = 0; i < 4; i++)
            {
                if (answer[nameEnd + i] != _question[nameLength + i])
                {
                    return false;
                }
            }
            _header.Id = _clientId;
            return true;
        }
    }
}
