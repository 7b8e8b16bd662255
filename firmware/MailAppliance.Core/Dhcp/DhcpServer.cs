using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// The DHCP server (RFC 2131, options from RFC 2132), sans-I/O: one message in, at most one
    /// reply written into the caller's buffer together with where to send it (RFC 2131 §4.1).
    /// Serves several pools: a relayed request from the pool of its giaddr, a direct one from
    /// the pool of the appliance's own subnet. Authoritative, like dnsmasq with
    /// --dhcp-authoritative: being the lab's only server, it answers a client it has no record
    /// of. Allocates nothing per message once the lease table has grown to the clients.
    /// </summary>
    public sealed class DhcpServer
    {
        public const int ServerPort = 67;
        public const int ClientPort = 68;
        public const uint Broadcast = 0xFFFFFFFF;

        // 1970-01-01 in DateTime ticks; leases are kept in Unix seconds.
        private const long UnixEpochTicks = 621355968000000000;
        private const long TicksPerSecond = 10000000;

        // Sent even when not asked for: what a client needs to use its address and the lab's names.
        private static readonly int[] AlwaysSent =
        {
            DhcpOption.SubnetMask, DhcpOption.Router, DhcpOption.DomainNameServer, DhcpOption.DomainName,
            DhcpOption.RenewalTime, DhcpOption.RebindingTime, DhcpOption.HostName
        };

        private readonly object _sync = new object();
        private readonly ApplianceModel _model;
        private readonly DhcpLeases _leases;
        private readonly IClock _clock;
        private readonly ILeaseStore _store;
        private readonly DhcpPacket _request = new DhcpPacket();
        private readonly DhcpPacket _reply = new DhcpPacket();
        private readonly DhcpOptionWriter _options = new DhcpOptionWriter();
        private readonly byte[] _key = new byte[DhcpLeases.MaxKey];
        private readonly byte[] _hostName = new byte[DhcpLeases.MaxHostName];
        private int _keyLength;
        private int _hostNameLength;
        private byte[] _packet;
        private int _length;

        public DhcpServer(ApplianceModel model, DhcpLeases leases, IClock clock, ILeaseStore store)
        {
            _model = model;
            _leases = leases;
            _clock = clock;
            _store = store;
        }

        /// <summary>The message type of the last request handled (DhcpMessageType.Discover...), or -1.</summary>
        public int LastRequestType { get; private set; }

        /// <summary>
        /// Handles a message from a client or relay. Returns the reply's length (0 for
        /// silence) and where to send it: <paramref name="destination"/> and <paramref name="port"/>.
        /// </summary>
        public int Handle(byte[] request, int length, byte[] reply, out uint destination, out int port)
        {
            lock (_sync)
            {
                int n = HandleLocked(request, length, reply, out destination, out port);
                _model.Stats.CountDhcp(LastRequestType);
                return n;
            }
        }

        /// <summary>
        /// The lease table for <c>show ip dhcp binding</c>: address, client key (Cisco hex),
        /// expiry (Unix seconds), type, host name, one string array per lease.
        /// </summary>
        public string[][] Bindings()
        {
            lock (_sync)
            {
                var rows = new string[_leases.Count][];
                var key = new byte[DhcpLeases.MaxKey];
                for (int i = 0; i < rows.Length; i++)
                {
                    int length = _leases.Key(i, key);
                    var exact = new byte[length];
                    System.Array.Copy(key, exact, length);
                    int state = _leases.State(i);
                    rows[i] = new[]
                    {
                        Ipv4.Format(_leases.Address(i)), length == 0 ? "-" : DottedHex.Format(exact), _leases.Expires(i).ToString(),
                        state == DhcpLeases.Bound ? "Automatic" : state == DhcpLeases.Offered ? "Offered" : "Declined",
                        _leases.HostName(i) ?? "",
                    };
                }
                return rows;
            }
        }

        /// <summary>Ends the lease on <paramref name="address"/>, or every lease when it is 0; returns how many (IOS: clear ip dhcp binding).</summary>
        public int Clear(uint address)
        {
            lock (_sync)
            {
                int cleared = 0;
                for (int i = _leases.Count - 1; i >= 0; i--)
                {
                    if (address == 0 || _leases.Address(i) == address)
                    {
                        Forget(i);
                        cleared++;
                    }
                }
                if (cleared > 0)
                {
                    Save();
                }
                return cleared;
            }
        }

        private int HandleLocked(byte[] request, int length, byte[] reply, out uint destination, out int port)
        {
            destination = 0;
            port = 0;
            LastRequestType = -1;
            if (!_request.Attach(request, length) || _request.Op != DhcpPacket.BootRequest || reply.Length < DhcpPacket.MinimumLength)
            {
                return 0;
            }
            _packet = request;
            _length = length;
            int type = DhcpOptionReader.Byte(request, length, DhcpOption.MessageType);
            LastRequestType = type;
            if (type < DhcpMessageType.Discover || type > DhcpMessageType.Inform || !ReadClientKey())
            {
                return 0;
            }
            long now = Now();
            ExpireLocked(now);
            DhcpPool pool = PoolForRequest(type);
            if (pool == null)
            {
                return 0;
            }
            switch (type)
            {
                case DhcpMessageType.Discover:
                    return Offer(pool, now, reply, out destination, out port);
                case DhcpMessageType.Request:
                    return Request(pool, now, reply, out destination, out port);
                case DhcpMessageType.Decline:
                    Decline(now);
                    return 0;
                case DhcpMessageType.Release:
                    Release();
                    return 0;
                case DhcpMessageType.Inform:
                    return Reply(DhcpMessageType.Ack, pool, 0, false, reply, out destination, out port);
                default:
                    return 0;
            }
        }

        /// <summary>Ends leases that ran out and forgets their host names (call now and then even without traffic).</summary>
        public void Expire(long now)
        {
            lock (_sync)
            {
                ExpireLocked(now);
            }
        }

        private void ExpireLocked(long now)
        {
            bool changed = false;
            for (int i = _leases.Count - 1; i >= 0; i--)
            {
                if (_leases.Expires(i) <= now)
                {
                    changed |= _leases.State(i) != DhcpLeases.Offered;
                    Forget(i);
                }
            }
            if (changed)
            {
                Save();
            }
        }

        /// <summary>One line for <c>debug dhcp</c>; only called when tracing, so it may allocate.</summary>
        public static string Describe(byte[] request, int length, byte[] reply, int replyLength, uint destination)
        {
            int type = length >= DhcpPacket.OptionsOffset ? DhcpOptionReader.Byte(request, length, DhcpOption.MessageType) : -1;
            var mac = new byte[6];
            if (length >= DhcpPacket.ClientHardwareOffset + 6)
            {
                System.Array.Copy(request, DhcpPacket.ClientHardwareOffset, mac, 0, 6);
            }
            string line = (DhcpMessageType.Name(type) ?? "message") + " from " + DottedHex.Format(mac);
            if (replyLength <= 0)
            {
                return line + " -> no reply";
            }
            int replyType = DhcpOptionReader.Byte(reply, replyLength, DhcpOption.MessageType);
            return line + " -> " + (DhcpMessageType.Name(replyType) ?? "reply") + " "
                + Ipv4.Format(Ipv4.Read(reply, 16)) + " to " + Ipv4.Format(destination);
        }

        /// <summary>Puts the host names of the leases loaded at start-up back into DNS.</summary>
        public void RegisterHostNames()
        {
            for (int i = 0; i < _leases.Count; i++)
            {
                if (_leases.State(i) == DhcpLeases.Bound && _leases.HostName(i) != null)
                {
                    _model.Dns.SetLeaseHost(_leases.HostName(i), _leases.Address(i));
                }
            }
        }

        /// <summary>Unix time now, from the injected clock.</summary>
        public long Now()
        {
            return (_clock.UtcNow.Ticks - UnixEpochTicks) / TicksPerSecond;
        }

        // RFC 2131 §4.3.1: offer the client's reserved, current or requested address, else a free one.
        private int Offer(DhcpPool pool, long now, byte[] reply, out uint destination, out int port)
        {
            destination = 0;
            port = 0;
            uint address = Reserved(pool);
            int lease = _leases.FindByKey(_key, 0, _keyLength);
            if (address == 0 && lease >= 0 && pool.Contains(_leases.Address(lease)))
            {
                address = _leases.Address(lease);
            }
            uint requested = DhcpOptionReader.Address(_packet, _length, DhcpOption.RequestedAddress);
            if (address == 0 && requested != 0 && IsAvailable(requested, pool, now))
            {
                address = requested;
            }
            for (uint candidate = pool.First; address == 0 && candidate <= pool.Last && candidate >= pool.First; candidate++)
            {
                if (IsAvailable(candidate, pool, now))
                {
                    address = candidate;
                }
            }
            if (address == 0)
            {
                address = OldestOffer(pool);
            }
            if (address == 0)
            {
                return 0; // pool exhausted: stay silent, another server may have room.
            }
            int held = _leases.FindByAddress(address);
            if (held < 0 || _leases.State(held) != DhcpLeases.Bound)
            {
                if (lease >= 0 && _leases.State(lease) == DhcpLeases.Offered && _leases.Address(lease) != address)
                {
                    _leases.Remove(lease);
                }
                _leases.Set(address, _key, 0, _keyLength, DhcpLeases.Offered, now + _model.Dhcp.OfferHoldSeconds);
            }
            return Reply(DhcpMessageType.Offer, pool, address, true, reply, out destination, out port);
        }

        // RFC 2131 §4.3.2: the client's state shows in which of server id, requested address and ciaddr it fills.
        private int Request(DhcpPool pool, long now, byte[] reply, out uint destination, out int port)
        {
            destination = 0;
            port = 0;
            uint serverId = DhcpOptionReader.Address(_packet, _length, DhcpOption.ServerIdentifier);
            uint requested = DhcpOptionReader.Address(_packet, _length, DhcpOption.RequestedAddress);
            uint clientAddress = _request.ClientAddress;
            uint address;
            if (serverId != 0)
            {
                if (serverId != _model.Address)
                {
                    // SELECTING, and the client chose another server: our offer is free again.
                    int offered = _leases.FindByKey(_key, 0, _keyLength);
                    if (offered >= 0 && _leases.State(offered) == DhcpLeases.Offered)
                    {
                        _leases.Remove(offered);
                    }
                    return 0;
                }
                address = requested != 0 ? requested : clientAddress;
            }
            else if (requested != 0)
            {
                address = requested; // INIT-REBOOT
            }
            else if (clientAddress != 0)
            {
                address = clientAddress; // RENEWING (unicast) or REBINDING (broadcast)
            }
            else
            {
                return 0;
            }
            if (!MayHave(address, pool, now))
            {
                return Reply(DhcpMessageType.Nak, pool, 0, false, reply, out destination, out port);
            }
            Bind(address, pool, now);
            return Reply(DhcpMessageType.Ack, pool, address, true, reply, out destination, out port);
        }

        // The client may have this address: in the right subnet, its reservation if it has
        // one, and either already its own or free.
        private bool MayHave(uint address, DhcpPool pool, long now)
        {
            if (!pool.Contains(address))
            {
                return false;
            }
            uint reserved = Reserved(pool);
            if (reserved != 0)
            {
                return reserved == address;
            }
            int lease = _leases.FindByAddress(address);
            if (lease >= 0 && _leases.State(lease) != DhcpLeases.Declined && _leases.FindByKey(_key, 0, _keyLength) == lease)
            {
                return true;
            }
            // An offer is no lease: a REQUEST may take an address only offered to another client
            // (Bind's Set takes the offer's place); the first to ask gets it, the other is NAKed.
            if (lease >= 0 && _leases.State(lease) == DhcpLeases.Offered && IsAssignable(address, pool))
            {
                return true;
            }
            return IsAvailable(address, pool, now);
        }

        private void Bind(uint address, DhcpPool pool, long now)
        {
            int previous = _leases.FindByKey(_key, 0, _keyLength);
            if (previous >= 0 && _leases.Address(previous) != address)
            {
                Forget(previous);
            }
            bool isNew = previous < 0 || _leases.Address(previous) != address || _leases.State(previous) != DhcpLeases.Bound;
            int lease = _leases.Set(address, _key, 0, _keyLength, DhcpLeases.Bound, now + pool.LeaseSeconds);
            string oldName = _leases.HostName(lease);
            ReadHostName();
            _leases.SetHostName(lease, _hostName, 0, _hostNameLength);
            string name = _leases.HostName(lease);
            int holder = name == null ? -1 : OtherHolderOf(name, lease);
            if (holder >= 0)
            {
                // As dnsmasq: a name stays with the lease that has it until that lease ends, so
                // one PC calling itself "pc1" cannot take pc1.mail.com from another.
                _model.Log.Add("dhcp: host name " + name + " is leased to " + Ipv4.Format(_leases.Address(holder)) + "; not given to " + Ipv4.Format(address));
                _leases.ClearHostName(lease);
                name = null;
            }
            if (oldName != null && oldName != name)
            {
                _model.Dns.RemoveLeaseHost(oldName);
            }
            if (name != null)
            {
                _model.Dns.SetLeaseHost(name, address);
            }
            if (isNew)
            {
                // Only new bindings are logged: a renewal must not allocate.
                _model.Log.Add("dhcp: " + Ipv4.Format(address) + " bound in pool " + pool.Name + (name != null ? " to " + name : ""));
            }
            Save();
        }

        // RFC 2131 §4.3.3: the client found the address in use; keep it out of the pool a while.
        private void Decline(long now)
        {
            uint address = DhcpOptionReader.Address(_packet, _length, DhcpOption.RequestedAddress);
            int lease = _leases.FindByAddress(address);
            if (address == 0 || lease < 0 || _leases.FindByKey(_key, 0, _keyLength) != lease)
            {
                return;
            }
            ForgetHostName(lease);
            _leases.SetState(lease, DhcpLeases.Declined, now + _model.Dhcp.DeclineQuarantineSeconds);
            Save();
        }

        // RFC 2131 §4.3.4: the client gives its address back.
        private void Release()
        {
            int lease = _leases.FindByAddress(_request.ClientAddress);
            if (lease >= 0 && _leases.FindByKey(_key, 0, _keyLength) == lease)
            {
                Forget(lease);
                Save();
            }
        }

        private int Reply(int type, DhcpPool pool, uint address, bool withLease, byte[] reply, out uint destination, out int port)
        {
            _reply.Initialize(reply);
            _reply.Op = DhcpPacket.BootReply;
            _reply.CopyClientFields(_request);
            _reply.YourAddress = address;
            if (type == DhcpMessageType.Ack && !withLease)
            {
                _reply.ClientAddress = _request.ClientAddress;
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
                WriteParameters(pool, withLease);
            }
            EchoRelayInformation();
            int length = _options.Finish();
            Address(type, out destination, out port);
            return length;
        }

        // RFC 2132 §9.8: the options the client asked for first, in its order, then the rest
        // of what every client needs.
        private void WriteParameters(DhcpPool pool, bool withLease)
        {
            int prlLength;
            int prl = DhcpOptionReader.Find(_packet, _length, DhcpOption.ParameterRequestList, out prlLength);
            if (withLease)
            {
                uint lease = (uint)pool.LeaseSeconds;
                _options.Seconds(DhcpOption.LeaseTime, lease);
            }
            for (int i = 0; prl >= 0 && i < prlLength; i++)
            {
                WriteParameter(_packet[prl + i], pool, withLease);
            }
            for (int i = 0; i < AlwaysSent.Length; i++)
            {
                WriteParameter(AlwaysSent[i], pool, withLease);
            }
        }

        private void WriteParameter(int code, DhcpPool pool, bool withLease)
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
                    int at = DhcpOptionReader.Find(_packet, _length, DhcpOption.HostName, out length);
                    if (at >= 0 && length > 0)
                    {
                        _options.Bytes(code, _packet, at, length);
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
        private void EchoRelayInformation()
        {
            int length;
            int at = DhcpOptionReader.Find(_packet, _length, DhcpOption.RelayAgentInformation, out length);
            if (at >= 0)
            {
                _options.Bytes(DhcpOption.RelayAgentInformation, _packet, at, length);
            }
        }

        // RFC 2131 §4.1: to the relay when relayed; NAK broadcast; to ciaddr when the client has
        // one; else broadcast. (Unicast to yiaddr would need the client's MAC in the ARP table,
        // which a socket cannot set, so the appliance broadcasts there as many servers do.)
        private void Address(int type, out uint destination, out int port)
        {
            uint relay = _request.RelayAddress;
            if (relay != 0)
            {
                destination = relay;
                port = ServerPort;
                if (type == DhcpMessageType.Nak)
                {
                    _reply.Broadcast = true;
                }
                return;
            }
            port = ClientPort;
            uint clientAddress = _request.ClientAddress;
            destination = type != DhcpMessageType.Nak && clientAddress != 0 ? clientAddress : Broadcast;
        }

        private DhcpPool PoolForRequest(int type)
        {
            uint relay = _request.RelayAddress;
            if (relay != 0)
            {
                return _model.Dhcp.PoolFor(relay);
            }
            uint clientAddress = _request.ClientAddress;
            if (clientAddress != 0 && type != DhcpMessageType.Discover)
            {
                DhcpPool own = _model.Dhcp.PoolFor(clientAddress);
                if (own != null)
                {
                    return own;
                }
            }
            return _model.Dhcp.PoolFor(_model.Address);
        }

        // With every address leased or offered, the address offered longest ago (Offer's Set takes
        // that offer's place): an offer is no lease, so a flood of DISCOVERs from made-up MACs,
        // which never REQUEST, cannot keep a real client without one (dnsmasq has the same weakness).
        private uint OldestOffer(DhcpPool pool)
        {
            int oldest = -1;
            for (int i = 0; i < _leases.Count; i++)
            {
                if (_leases.State(i) == DhcpLeases.Offered && pool.Contains(_leases.Address(i))
                    && (oldest < 0 || _leases.Expires(i) < _leases.Expires(oldest)))
                {
                    oldest = i;
                }
            }
            return oldest < 0 ? 0 : _leases.Address(oldest);
        }

        /// <summary>How many of <paramref name="pool"/>'s addresses are bound and offered now (show ip dhcp pool).</summary>
        public void Use(DhcpPool pool, out int leased, out int offered)
        {
            lock (_sync)
            {
                leased = 0;
                offered = 0;
                for (int i = 0; i < _leases.Count; i++)
                {
                    if (!pool.Contains(_leases.Address(i)))
                    {
                        continue;
                    }
                    if (_leases.State(i) == DhcpLeases.Bound)
                    {
                        leased++;
                    }
                    else if (_leases.State(i) == DhcpLeases.Offered)
                    {
                        offered++;
                    }
                }
            }
        }

        // In the pool's range and never to be handed out to this client for another reason.
        private bool IsAssignable(uint address, DhcpPool pool)
        {
            return address >= pool.First && address <= pool.Last && pool.Contains(address) && address != _model.Address
                && address != pool.Router && !_model.Dhcp.IsExcluded(address) && !IsReservedForAnother(address);
        }

        private bool IsAvailable(uint address, DhcpPool pool, long now)
        {
            if (!IsAssignable(address, pool))
            {
                return false;
            }
            int lease = _leases.FindByAddress(address);
            return lease < 0 || _leases.Expires(lease) <= now
                || (_leases.State(lease) != DhcpLeases.Declined && _leases.FindByKey(_key, 0, _keyLength) == lease);
        }

        private uint Reserved(DhcpPool pool)
        {
            DhcpReservation[] reservations = _model.Dhcp.Reservations;
            for (int i = 0; i < reservations.Length; i++)
            {
                if (IsThisClient(reservations[i]) && pool.Contains(reservations[i].Address))
                {
                    return reservations[i].Address;
                }
            }
            return 0;
        }

        private bool IsReservedForAnother(uint address)
        {
            DhcpReservation[] reservations = _model.Dhcp.Reservations;
            for (int i = 0; i < reservations.Length; i++)
            {
                if (reservations[i].Address == address && !IsThisClient(reservations[i]))
                {
                    return true;
                }
            }
            return false;
        }

        private bool IsThisClient(DhcpReservation reservation)
        {
            if (reservation.ClientIdentifier != null)
            {
                int length;
                int at = DhcpOptionReader.Find(_packet, _length, DhcpOption.ClientIdentifier, out length);
                return at >= 0 && Same(reservation.ClientIdentifier, _packet, at, length);
            }
            return reservation.HardwareAddress != null
                && Same(reservation.HardwareAddress, _packet, DhcpPacket.ClientHardwareOffset, _request.HardwareLength);
        }

        // RFC 2131 §4.2: the client is known by its client identifier (option 61) when it sends
        // one, else by hardware type and chaddr.
        private bool ReadClientKey()
        {
            int length;
            int at = DhcpOptionReader.Find(_packet, _length, DhcpOption.ClientIdentifier, out length);
            if (at >= 0 && length >= 2)
            {
                _keyLength = length > DhcpLeases.MaxKey ? DhcpLeases.MaxKey : length;
                System.Array.Copy(_packet, at, _key, 0, _keyLength);
                return true;
            }
            int hardwareLength = _request.HardwareLength;
            if (hardwareLength == 0)
            {
                return false;
            }
            _key[0] = (byte)_request.HardwareType;
            System.Array.Copy(_packet, DhcpPacket.ClientHardwareOffset, _key, 1, hardwareLength);
            _keyLength = hardwareLength + 1;
            return true;
        }

        // Option 12, or the first label of option 81 (RFC 4702 §2), cut to what a DNS label may
        // hold (letters, digits, hyphens, lower case).
        private void ReadHostName()
        {
            _hostNameLength = 0;
            int length;
            int at = DhcpOptionReader.Find(_packet, _length, DhcpOption.HostName, out length);
            if (at < 0)
            {
                at = DhcpOptionReader.Find(_packet, _length, DhcpOption.ClientFqdn, out length);
                if (at < 0 || length < 4)
                {
                    return;
                }
                bool encoded = (_packet[at] & 0x04) != 0;
                at += 3;
                length -= 3;
                if (encoded)
                {
                    length = _packet[at] < length ? _packet[at] : length - 1;
                    at++;
                }
            }
            for (int i = 0; i < length && _hostNameLength < _hostName.Length; i++)
            {
                byte b = _packet[at + i];
                if (b == (byte)'.' || b == 0)
                {
                    break;
                }
                if (b >= (byte)'A' && b <= (byte)'Z')
                {
                    b = (byte)(b + 32);
                }
                if ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'-')
                {
                    _hostName[_hostNameLength++] = b;
                }
            }
        }

        private void Forget(int lease)
        {
            ForgetHostName(lease);
            _leases.Remove(lease);
        }

        private void ForgetHostName(int lease)
        {
            string name = _leases.HostName(lease);
            if (name != null)
            {
                _model.Dns.RemoveLeaseHost(name);
                _leases.ClearHostName(lease);
            }
        }

        private int OtherHolderOf(string name, int lease)
        {
            for (int i = 0; i < _leases.Count; i++)
            {
                if (i != lease && _leases.State(i) == DhcpLeases.Bound && Ascii.EqualsIgnoreCase(_leases.HostName(i), name))
                {
                    return i;
                }
            }
            return -1;
        }

        private void Save()
        {
            _store.Save(_leases);
        }

        private static bool Same(byte[] expected, byte[] packet, int offset, int length)
        {
            if (expected.Length != length)
            {
                return false;
            }
            for (int i = 0; i < length; i++)
            {
                if (expected[i] != packet[offset + i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
