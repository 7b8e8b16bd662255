using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// Writes the server's answer to a request (RFC 2131 §4.3): the fixed part copied from the
    /// request, the options the client asked for and then what every client needs (RFC 2132),
    /// the relay's agent information, and where the reply goes (RFC 2131 §4.1). Reuses its
    /// views: nothing is allocated per reply.
    /// </summary>
    internal sealed class DhcpReplyWriter
    {
        // Sent even when not asked for: what a client needs to use its address and the lab's names.
        private static readonly int[] AlwaysSent =
        {
            DhcpOption.SubnetMask, DhcpOption.Router, DhcpOption.DomainNameServer, DhcpOption.DomainName,
            DhcpOption.RenewalTime, DhcpOption.RebindingTime, DhcpOption.HostName
        };

        private readonly ApplianceModel _model;
        private readonly DhcpPacket _reply = new DhcpPacket();
        private readonly DhcpOptionWriter _options = new DhcpOptionWriter();

        public DhcpReplyWriter(ApplianceModel model)
        {
            _model = model;
        }

        /// <summary>
        /// Writes a reply of <paramref name="type"/> into <paramref name="reply"/> offering or
        /// confirming <paramref name="address"/> (0 for none); returns its length and where it goes.
        /// </summary>
        public int Write(DhcpRequest request, int type, DhcpPool pool, uint address, bool withLease, byte[] reply, out uint destination, out int port)
        {
            _reply.Initialize(reply);
            _reply.Op = DhcpPacket.BootReply;
            _reply.CopyClientFields(request.Packet);
            _reply.YourAddress = address;
            if (type == DhcpMessageType.Ack && !withLease)
            {
                _reply.ClientAddress = request.Packet.ClientAddress;
            }
            _options.Begin(reply);
            _options.Byte(DhcpOption.MessageType, type);
            _options.Address(DhcpOption.ServerIdentifier, _model.Address);
            if (type == DhcpMessageType.Nak)
            {
                _options.Text(DhcpOption.Message, "address not available");
            }
            else
            {
                WriteParameters(request, pool, withLease);
            }
            EchoRelayInformation(request);
            int length = _options.Finish();
            Address(request, type, out destination, out port);
            return length;
        }

        // RFC 2132 §9.8: the options the client asked for first, in its order, then the rest
        // of what every client needs.
        private void WriteParameters(DhcpRequest request, DhcpPool pool, bool withLease)
        {
            int prlLength;
            int prl = request.Find(DhcpOption.ParameterRequestList, out prlLength);
            if (withLease)
            {
                uint lease = (uint)pool.LeaseSeconds;
                _options.Seconds(DhcpOption.LeaseTime, lease);
            }
            for (int i = 0; prl >= 0 && i < prlLength; i++)
            {
                WriteParameter(request, request.Bytes[prl + i], pool, withLease);
            }
            for (int i = 0; i < AlwaysSent.Length; i++)
            {
                WriteParameter(request, AlwaysSent[i], pool, withLease);
            }
        }

        private void WriteParameter(DhcpRequest request, int code, DhcpPool pool, bool withLease)
        {
            switch (code)
            {
                case DhcpOption.SubnetMask:
                    _options.Address(code, pool.Mask);
                    break;
                case DhcpOption.Router:
                    if (pool.Router != 0)
                    {
                        _options.Address(code, pool.Router);
                    }
                    break;
                case DhcpOption.DomainNameServer:
                    _options.Address(code, pool.DnsServer != 0 ? pool.DnsServer : _model.Address);
                    break;
                case DhcpOption.DomainName:
                    _options.Text(code, pool.DomainName ?? _model.Dns.LabDomain ?? _model.Domains.Primary);
                    break;
                case DhcpOption.HostName:
                    // RFC 2132 §3.14: the client's own name, sent back as it gave it.
                    int length;
                    int at = request.Find(DhcpOption.HostName, out length);
                    if (at >= 0 && length > 0)
                    {
                        _options.Bytes(code, request.Bytes, at, length);
                    }
                    break;
                case DhcpOption.RenewalTime:
                    if (withLease)
                    {
                        _options.Seconds(code, (uint)pool.LeaseSeconds / 2);
                    }
                    break;
                case DhcpOption.RebindingTime:
                    if (withLease)
                    {
                        _options.Seconds(code, (uint)((long)pool.LeaseSeconds * 7 / 8));
                    }
                    break;
            }
        }

        // RFC 3046 §2.2: a relay's agent information comes back unchanged, last before End.
        private void EchoRelayInformation(DhcpRequest request)
        {
            int length;
            int at = request.Find(DhcpOption.RelayAgentInformation, out length);
            if (at >= 0)
            {
                _options.Bytes(DhcpOption.RelayAgentInformation, request.Bytes, at, length);
            }
        }

        // RFC 2131 §4.1: to the relay when relayed; NAK broadcast; to ciaddr when the client has
        // one; else broadcast. (Unicast to yiaddr would need the client's MAC in the ARP table,
        // which a socket cannot set, so the appliance broadcasts there as many servers do.)
        private void Address(DhcpRequest request, int type, out uint destination, out int port)
        {
            uint relay = request.Packet.RelayAddress;
            if (relay != 0)
            {
                destination = relay;
                port = DhcpServer.ServerPort;
                if (type == DhcpMessageType.Nak)
                {
                    _reply.Broadcast = true;
                }
                return;
            }
            port = DhcpServer.ClientPort;
            uint clientAddress = request.Packet.ClientAddress;
            destination = type != DhcpMessageType.Nak && clientAddress != 0 ? clientAddress : DhcpServer.Broadcast;
        }
    }
}
