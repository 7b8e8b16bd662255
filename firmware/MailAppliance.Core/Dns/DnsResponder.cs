using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// The authoritative DNS responder (RFC 1035, RFC 2181, RFC 2308 negative answers, RFC 6891
    /// EDNS0), sans-I/O: one query in, one answer written into the caller's buffer. Never
    /// throws on a packet, allocates nothing per query. One instance per thread.
    /// </summary>
    public sealed class DnsResponder
    {
        /// <summary>Returned by <see cref="Handle"/> when the query is for the upstream forwarder.</summary>
        public const int Forward = -1;

        /// <summary>Largest UDP answer without EDNS (RFC 1035 §4.2.1).</summary>
        public const int ClassicUdpLimit = 512;

        /// <summary>Largest UDP answer with EDNS: the DNS Flag Day 2020 size, safe from fragmentation.</summary>
        public const int EdnsUdpLimit = 1232;

        private const int MaxCnameChain = 8;

        private readonly ApplianceModel _model;
        private readonly DnsZones _zones;
        private readonly DnsHeader _request = new DnsHeader();
        private readonly DnsHeader _reply = new DnsHeader();
        private readonly DnsWriter _writer = new DnsWriter();
        private readonly DnsRecordWriter _records;
        private readonly DnsQuestion _question = new DnsQuestion();
        private readonly EdnsOpt _edns = new EdnsOpt();
        private readonly byte[] _scratch = new byte[DnsName.MaxLength];
        private readonly byte[] _target = new byte[DnsName.MaxLength];
        private readonly int[] _additional = new int[16];

        public DnsResponder(ApplianceModel model, DnsZones zones)
        {
            _model = model;
            _zones = zones;
            _records = new DnsRecordWriter(_writer);
        }

        /// <summary>The result of the last query, for the trace and statistics (a DnsRcode value, or -1 for silence).</summary>
        public int LastRcode { get; private set; }

        /// <summary>
        /// Answers <paramref name="request"/> from <paramref name="client"/> (IPv4, host order).
        /// Returns the answer's length in <paramref name="reply"/>, 0 to stay silent, or
        /// <see cref="Forward"/> when the name is outside every zone, a forwarder is configured,
        /// the client is in the lab's networks and asked for recursion. Over TCP the answer may
        /// use the whole buffer; over UDP it is cut to the client's limit with TC set.
        /// </summary>
        public int Handle(byte[] request, int length, byte[] reply, bool overTcp, uint client) => Handle(request, length, reply, reply.Length, overTcp, client);

        /// <summary>As above, with the answer kept to the first <paramref name="replyLimit"/> bytes of <paramref name="reply"/>.</summary>
        public int Handle(byte[] request, int length, byte[] reply, int replyLimit, bool overTcp, uint client)
        {
            LastRcode = -1;
            if (!_model.Dns.Enabled || !_request.Attach(request, length) || replyLimit < DnsHeader.Length)
            {
                return 0;
            }
            // RFC 1035 §4.1.1: answering a response could start a loop between two servers.
            if (_request.IsResponse)
            {
                return 0;
            }
            _reply.Attach(reply, replyLimit);
            System.Array.Clear(reply, 0, DnsHeader.Length);
            _reply.Id = _request.Id;
            _reply.IsResponse = true;
            _reply.Opcode = _request.Opcode;
            _reply.RecursionDesired = _request.RecursionDesired;
            // RFC 5358 §4: recursion (through the forwarder) only for the lab; RA says which.
            bool recursion = _model.Dns.Forwarder != 0 && LabNetworks.Contains(_model, client);
            _reply.RecursionAvailable = recursion;
            if (_request.Opcode != 0)
            {
                return Finish(DnsRcode.NotImp, DnsHeader.Length);
            }
            if (_request.QuestionCount != 1 || !_question.Read(request, length) || !_edns.Read(request, length, _question.End, _request))
            {
                return Finish(DnsRcode.FormErr, DnsHeader.Length);
            }
            int questionEnd = _question.End;
            int nameLength = _question.NameLength;
            int qtype = _question.Type;
            int qclass = _question.Class;
            bool edns = _edns.Present;
            int limit = overTcp ? replyLimit : edns ? Clamp(_edns.Payload) : ClassicUdpLimit;

            // The question goes back exactly as it came, case and all (RFC 1035 §7.3, 0x20 clients).
            int questionLength = questionEnd - DnsHeader.Length;
            if (DnsHeader.Length + questionLength > limit)
            {
                return Finish(DnsRcode.FormErr, DnsHeader.Length);
            }
            System.Array.Copy(request, DnsHeader.Length, reply, DnsHeader.Length, questionLength);
            _reply.QuestionCount = 1;
            // Room for the OPT record is kept back so it always fits.
            int optRoom = edns ? 11 : 0;
            _writer.Begin(reply, questionEnd, limit - optRoom);
            _writer.AddCompressionTarget(DnsHeader.Length);

            int rcode;
            if (edns && _edns.Version > 0)
            {
                rcode = DnsRcode.BadVers;
            }
            else if (qclass != DnsType.ClassIn && qclass != DnsType.ClassAny)
            {
                rcode = DnsRcode.Refused;
            }
            else
            {
                DnsRecordTable table = _zones.Current;
                int zone = table.FindZone(_question.Name, nameLength);
                if (zone < 0)
                {
                    // RD=0 asks this server alone (RFC 1035 §4.1.1): it is not ours to answer.
                    if (recursion && _request.RecursionDesired)
                    {
                        LastRcode = -1;
                        return Forward;
                    }
                    rcode = DnsRcode.Refused;
                }
                else
                {
                    _reply.Authoritative = true;
                    rcode = Answer(table, zone, nameLength, qtype);
                }
            }
            if (_writer.Overflow)
            {
                // RFC 2181 §9: what does not fit is dropped whole and TC tells the client to retry over TCP.
                _writer.Rewind(questionEnd);
                _reply.AnswerCount = 0;
                _reply.AuthorityCount = 0;
                _reply.AdditionalCount = 0;
                _reply.Truncated = true;
            }
            _writer.Begin(reply, _writer.Position, limit);
            if (edns)
            {
                _records.Opt(rcode, EdnsUdpLimit);
                _reply.AdditionalCount = _reply.AdditionalCount + 1;
            }
            return Finish(rcode, _writer.Position);
        }

        /// <summary>
        /// One line for <c>debug dns</c>: the question and the answer's code. Only called when
        /// tracing, so it may allocate.
        /// </summary>
        public static string Describe(byte[] query, int length, int rcode)
        {
            var read = new DnsQuestion();
            string question = read.Read(query, length)
                ? DnsName.ToText(read.Name, read.NameLength) + " " + DnsType.Name(read.Type)
                : "(unreadable question)";
            string answer = rcode == Forward ? "forwarded" : rcode < 0 ? "no answer" : DnsRcode.Name(rcode) ?? "rcode " + rcode;
            return question + " -> " + answer;
        }

        /// <summary>
        /// Writes a SERVFAIL answer to <paramref name="request"/> (the forwarder did not answer
        /// in time, or too many queries are being forwarded); returns its length, or 0 when the
        /// request has no readable question. Off the common path, so it may allocate.
        /// </summary>
        public static int ServerFailure(byte[] request, int length, byte[] reply)
        {
            var requestHeader = new DnsHeader();
            var question = new DnsQuestion();
            if (!requestHeader.Attach(request, length) || !question.Read(request, length) || question.End > reply.Length)
            {
                return 0;
            }
            var header = new DnsHeader();
            header.Attach(reply, reply.Length);
            System.Array.Clear(reply, 0, DnsHeader.Length);
            header.Id = requestHeader.Id;
            header.IsResponse = true;
            header.RecursionDesired = requestHeader.RecursionDesired;
            header.QuestionCount = 1;
            header.Rcode = DnsRcode.ServFail;
            System.Array.Copy(request, DnsHeader.Length, reply, DnsHeader.Length, question.End - DnsHeader.Length);
            return question.End;
        }

        private int Finish(int rcode, int length)
        {
            _reply.Rcode = rcode & 0xF;
            LastRcode = rcode;
            _model.Stats.CountDns(rcode);
            return length;
        }

        private int Answer(DnsRecordTable table, int zone, int nameLength, int qtype)
        {
            int answers = 0;
            int additional = 0;
            byte[] name = _question.Name;
            for (int hop = 0; hop < MaxCnameChain; hop++)
            {
                int cname = Find(table, name, nameLength, DnsType.CNAME);
                if (cname < 0 || qtype == DnsType.CNAME || qtype == DnsType.ANY)
                {
                    break;
                }
                // RFC 1034 §3.6.2: answer the alias, then the name it points to, if that is ours.
                _records.Record(table, cname);
                answers++;
                byte[] target = table.Rdata(cname);
                System.Array.Copy(target, _scratch, target.Length);
                name = _scratch;
                nameLength = target.Length;
                zone = table.FindZone(name, nameLength);
                if (zone < 0)
                {
                    _reply.AnswerCount = answers;
                    return DnsRcode.NoError;
                }
            }
            bool nameExists = false;
            int found = 0;
            // RFC 8482 §4.1: ANY gets one RRset (the first the name has), never all of them,
            // so the box cannot be used to amplify traffic at a spoofed address.
            int anyType = -1;
            for (int i = 0; i < table.Count; i++)
            {
                if (!DnsName.Equal(name, nameLength, table.Owner(i)))
                {
                    continue;
                }
                nameExists = true;
                int type = table.Type(i);
                if (type == qtype || (qtype == DnsType.ANY && (anyType < 0 || anyType == type)))
                {
                    anyType = type;
                    _records.Record(table, i);
                    found++;
                    if ((type == DnsType.MX || type == DnsType.NS) && additional < _additional.Length)
                    {
                        _additional[additional++] = i;
                    }
                }
            }
            DnsLeaseHosts hosts = table.LeaseHosts;
            int host = hosts.FindName(name, nameLength);
            if (host >= 0)
            {
                nameExists = true;
                if (qtype == DnsType.A || (qtype == DnsType.ANY && anyType < 0))
                {
                    anyType = DnsType.A;
                    _records.LeaseRecord(name, DnsType.A, hosts, host);
                    found++;
                }
            }
            host = hosts.FindReverse(name, nameLength);
            if (host >= 0)
            {
                nameExists = true;
                if (qtype == DnsType.PTR || (qtype == DnsType.ANY && anyType < 0))
                {
                    _records.LeaseRecord(name, DnsType.PTR, hosts, host);
                    found++;
                }
            }
            _reply.AnswerCount = answers + found;
            if (found == 0)
            {
                // RFC 2308 §2: NXDOMAIN and NODATA carry the zone's SOA for negative caching.
                _records.Record(table, table.Soa(zone));
                _reply.AuthorityCount = 1;
            }
            _reply.AdditionalCount = WriteAdditional(table, additional, name, nameLength, qtype);
            // RFC 6604: after a CNAME chain the code speaks of the last name.
            bool exists = nameExists || table.HasNamesBelow(name, nameLength);
            return exists ? DnsRcode.NoError : DnsRcode.NxDomain;
        }

        // RFC 1035 §3.3.9, §3.3.11: addresses of MX and NS targets we know go in the additional section.
        private int WriteAdditional(DnsRecordTable table, int count, byte[] answered, int answeredLength, int qtype)
        {
            int written = 0;
            for (int a = 0; a < count; a++)
            {
                byte[] rdata = table.Rdata(_additional[a]);
                int offset = table.Type(_additional[a]) == DnsType.MX ? 2 : 0;
                int targetLength = rdata.Length - offset;
                System.Array.Copy(rdata, offset, _target, 0, targetLength);
                for (int i = 0; i < table.Count; i++)
                {
                    // An address already in the answer section would only be repeated.
                    bool inAnswer = (qtype == DnsType.A || qtype == DnsType.ANY) && DnsName.Equal(answered, answeredLength, table.Owner(i));
                    if (table.Type(i) == DnsType.A && !inAnswer && DnsName.Equal(_target, targetLength, table.Owner(i))
                        && !AlreadyAdditional(table, _additional, a, offset))
                    {
                        _records.Record(table, i);
                        written++;
                    }
                }
                int host = table.LeaseHosts.FindName(_target, targetLength);
                bool hostInAnswer = (qtype == DnsType.A || qtype == DnsType.ANY) && targetLength == answeredLength && SameBytes(answered, 0, _target, 0, targetLength);
                if (host >= 0 && !hostInAnswer && !AlreadyAdditional(table, _additional, a, offset))
                {
                    _records.LeaseRecord(_target, DnsType.A, table.LeaseHosts, host);
                    written++;
                }
            }
            return written;
        }

        // Two MX records with one target must not list its address twice.
        private bool AlreadyAdditional(DnsRecordTable table, int[] sources, int index, int offset)
        {
            byte[] target = table.Rdata(sources[index]);
            for (int earlier = 0; earlier < index; earlier++)
            {
                byte[] other = table.Rdata(sources[earlier]);
                int otherOffset = table.Type(sources[earlier]) == DnsType.MX ? 2 : 0;
                if (other.Length - otherOffset == target.Length - offset && SameBytes(other, otherOffset, target, offset, target.Length - offset))
                {
                    return true;
                }
            }
            return false;
        }

        private static bool SameBytes(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (a[aOffset + i] != b[bOffset + i])
                {
                    return false;
                }
            }
            return true;
        }

        private static int Find(DnsRecordTable table, byte[] name, int nameLength, int type)
        {
            for (int i = 0; i < table.Count; i++)
            {
                if (table.Type(i) == type && DnsName.Equal(name, nameLength, table.Owner(i)))
                {
                    return i;
                }
            }
            return -1;
        }

        // RFC 6891 §6.2.5: a payload below 512 is treated as 512.
        private static int Clamp(int payload)
        {
            if (payload < ClassicUdpLimit)
            {
                return ClassicUdpLimit;
            }
            return payload > EdnsUdpLimit ? EdnsUdpLimit : payload;
        }
    }
}
