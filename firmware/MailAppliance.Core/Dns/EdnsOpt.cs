using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// The EDNS OPT record of a query (RFC 6891 §6), found by walking the records after the
    /// question: the UDP payload the client can take and its EDNS version. A view: nothing is
    /// allocated per message.
    /// </summary>
    internal sealed class EdnsOpt
    {
        private readonly byte[] _scratch = new byte[DnsName.MaxLength];

        /// <summary>The client's UDP payload size; -1 when the query has no OPT record.</summary>
        public int Payload { get; private set; }

        /// <summary>The EDNS version the client speaks (0 is the only one).</summary>
        public int Version { get; private set; }

        /// <summary>True when the query carries an OPT record.</summary>
        public bool Present
        {
            get { return Payload >= 0; }
        }

        /// <summary>
        /// Walks the answer, authority and additional records from <paramref name="offset"/>
        /// (counted in <paramref name="header"/>). False when they are malformed, an OPT stands
        /// outside the additional section or twice, or bytes follow the last record (BIND answers
        /// FORMERR to all of these too).
        /// </summary>
        public bool Read(byte[] packet, int length, int offset, DnsHeader header)
        {
            Payload = -1;
            Version = 0;
            int records = header.AnswerCount + header.AuthorityCount + header.AdditionalCount;
            int additionalStart = header.AnswerCount + header.AuthorityCount;
            for (int r = 0; r < records; r++)
            {
                int nameLength;
                int end;
                if (!DnsName.TryRead(packet, length, offset, _scratch, out nameLength, out end) || end + 10 > length)
                {
                    return false;
                }
                int type = NetworkOrder.Read16(packet, end);
                int rdLength = NetworkOrder.Read16(packet, end + 8);
                if (end + 10 + rdLength > length)
                {
                    return false;
                }
                if (type == DnsType.OPT)
                {
                    if (r < additionalStart || Payload >= 0 || nameLength != 1 || !OptionsFit(packet, end + 10, rdLength))
                    {
                        return false;
                    }
                    Payload = NetworkOrder.Read16(packet, end + 2);
                    Version = packet[end + 5];
                }
                offset = end + 10 + rdLength;
            }
            return offset == length;
        }

        // RFC 6891 §6.1.2: OPT's RDATA is {code, length, data}*, each option wholly inside it.
        private static bool OptionsFit(byte[] packet, int offset, int rdLength)
        {
            int end = offset + rdLength;
            while (offset < end)
            {
                if (offset + 4 > end)
                {
                    return false;
                }
                offset += 4 + NetworkOrder.Read16(packet, offset + 2);
            }
            return offset == end;
        }
    }
}
