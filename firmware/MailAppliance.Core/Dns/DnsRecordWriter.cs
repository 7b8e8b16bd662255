namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// Writes resource records into an answer through its <see cref="DnsWriter"/> (RFC 1035
    /// §4.1.3): the zone's records, the DHCP clients' A and PTR records, and the OPT record.
    /// </summary>
    internal sealed class DnsRecordWriter
    {
        private readonly DnsWriter _writer;
        private readonly byte[] _hostName = new byte[DnsName.MaxLength];

        public DnsRecordWriter(DnsWriter writer)
        {
            _writer = writer;
        }

        /// <summary>Record <paramref name="rr"/> of <paramref name="table"/>, names in its RDATA compressed (RFC 1035 §4.1.4).</summary>
        public void Record(DnsRecordTable table, int rr)
        {
            int type = table.Type(rr);
            byte[] rdata = table.Rdata(rr);
            int lengthAt = BeginRecord(table.Owner(rr), type);
            switch (type)
            {
                case DnsType.NS:
                case DnsType.CNAME:
                case DnsType.PTR:
                    _writer.WriteName(rdata, 0);
                    break;
                case DnsType.MX:
                    _writer.WriteBytes(rdata, 0, 2);
                    _writer.WriteName(rdata, 2);
                    break;
                case DnsType.SOA:
                    int rname = _writer.WriteName(rdata, 0);
                    int counters = _writer.WriteName(rdata, rname);
                    _writer.WriteBytes(rdata, counters, 20);
                    break;
                default:
                    _writer.WriteBytes(rdata, 0, rdata.Length);
                    break;
            }
            EndRecord(lengthAt);
        }

        // Owner, type, class IN, TTL and a zero RDLENGTH (RFC 1035 §4.1.3); returns where RDLENGTH is.
        private int BeginRecord(byte[] owner, int type)
        {
            _writer.WriteName(owner, 0);
            _writer.Write16(type);
            _writer.Write16(DnsType.ClassIn);
            _writer.Write32(DnsRecordTable.Ttl);
            int lengthAt = _writer.Position;
            _writer.Write16(0);
            return lengthAt;
        }

        private void EndRecord(int lengthAt)
        {
            if (!_writer.Overflow)
            {
                _writer.Patch16(lengthAt, _writer.Position - lengthAt - 2);
            }
        }

        // A DHCP client's A record at its name, or PTR at its reverse name (DnsLeaseHosts).
        public void LeaseRecord(byte[] owner, int type, DnsLeaseHosts hosts, int host)
        {
            int lengthAt = BeginRecord(owner, type);
            if (type == DnsType.A)
            {
                _writer.Write32(hosts.Address(host));
            }
            else
            {
                hosts.WriteName(host, _hostName);
                _writer.WriteName(_hostName, 0);
            }
            EndRecord(lengthAt);
        }

        // RFC 6891 §6.1.2: root owner, TYPE OPT, CLASS = our UDP payload size, TTL = extended
        // RCODE, version 0 and flags, no options.
        public void Opt(int rcode, int payload)
        {
            _writer.Write8(0);
            _writer.Write16(DnsType.OPT);
            _writer.Write16(payload);
            _writer.Write32((uint)(rcode >> 4) << 24);
            _writer.Write16(0);
        }
    }
}
