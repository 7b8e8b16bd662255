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

        private readonly object _sync = new object();
        private readonly ApplianceModel _model;
        private readonly DhcpLeases _leases;
        private readonly IClock _clock;
        private readonly DhcpRequest _request = new DhcpRequest();
        private readonly DhcpReplyWriter _replies;
        private readonly DhcpBindings _bindings;

        public DhcpServer(ApplianceModel model, DhcpLeases leases, IClock clock, ILeaseStore store)
        {
            _model = model;
            _leases = leases;
            _clock = clock;
            _replies = new DhcpReplyWriter(model);
            _bindings = new DhcpBindings(model, leases, store);
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
                return _bindings.Rows();
            }
        }

        /// <summary>Ends the lease on <paramref name="address"/>, or every lease when it is 0; returns how many (IOS: clear ip dhcp binding).</summary>
        public int Clear(uint address)
        {
            lock (_sync)
            {
                return _bindings.Clear(address);
            }
        }

        /// <summary>How many of <paramref name="pool"/>'s addresses are bound and offered now (show ip dhcp pool).</summary>
        public void Use(DhcpPool pool, out int leased, out int offered)
        {
            lock (_sync)
            {
                _bindings.Use(pool, out leased, out offered);
            }
        }

        /// <summary>Puts the host names of the leases loaded at start-up back into DNS.</summary>
        public void RegisterHostNames()
        {
            _bindings.RegisterHostNames();
        }

        private int HandleLocked(byte[] request, int length, byte[] reply, out uint destination, out int port)
        {
            destination = 0;
            port = 0;
            LastRequestType = -1;
            if (!_request.Read(request, length) || reply.Length < DhcpPacket.MinimumLength)
            {
                return 0;
            }
            int type = _request.Type;
            LastRequestType = type;
            if (type < DhcpMessageType.Discover || type > DhcpMessageType.Inform || _request.KeyLength == 0)
            {
                return 0;
            }
            long now = Now();
            _bindings.Expire(now);
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
                    return _replies.Write(_request, DhcpMessageType.Ack, pool, 0, false, reply, out destination, out port);
                default:
                    return 0;
            }
        }

        /// <summary>Ends leases that ran out and forgets their host names (call now and then even without traffic).</summary>
        public void Expire(long now)
        {
            lock (_sync)
            {
                _bindings.Expire(now);
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
            int lease = _request.LeaseIn(_leases);
            if (address == 0 && lease >= 0 && pool.Contains(_leases.Address(lease)))
            {
                address = _leases.Address(lease);
            }
            uint requested = _request.RequestedAddress;
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
                _leases.Set(address, _request.Key, 0, _request.KeyLength, DhcpLeases.Offered, now + _model.Dhcp.OfferHoldSeconds);
            }
            return _replies.Write(_request, DhcpMessageType.Offer, pool, address, true, reply, out destination, out port);
        }

        // RFC 2131 §4.3.2: the client's state shows in which of server id, requested address and ciaddr it fills.
        private int Request(DhcpPool pool, long now, byte[] reply, out uint destination, out int port)
        {
            destination = 0;
            port = 0;
            uint serverId = _request.ServerIdentifier;
            uint requested = _request.RequestedAddress;
            uint clientAddress = _request.Packet.ClientAddress;
            uint address;
            if (serverId != 0)
            {
                if (serverId != _model.Address)
                {
                    // SELECTING, and the client chose another server: our offer is free again.
                    int offered = _request.LeaseIn(_leases);
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
                return _replies.Write(_request, DhcpMessageType.Nak, pool, 0, false, reply, out destination, out port);
            }
            _bindings.Bind(_request, address, pool, now);
            return _replies.Write(_request, DhcpMessageType.Ack, pool, address, true, reply, out destination, out port);
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
            if (lease >= 0 && _leases.State(lease) != DhcpLeases.Declined && _request.LeaseIn(_leases) == lease)
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

        // RFC 2131 §4.3.3: the client found the address in use; keep it out of the pool a while.
        private void Decline(long now)
        {
            uint address = _request.RequestedAddress;
            int lease = _leases.FindByAddress(address);
            if (address == 0 || lease < 0 || _request.LeaseIn(_leases) != lease)
            {
                return;
            }
            _bindings.Decline(lease, now + _model.Dhcp.DeclineQuarantineSeconds);
        }

        // RFC 2131 §4.3.4: the client gives its address back.
        private void Release()
        {
            int lease = _leases.FindByAddress(_request.Packet.ClientAddress);
            if (lease >= 0 && _request.LeaseIn(_leases) == lease)
            {
                _bindings.Release(lease);
            }
        }

        private DhcpPool PoolForRequest(int type)
        {
            uint relay = _request.Packet.RelayAddress;
            if (relay != 0)
            {
                return _model.Dhcp.PoolFor(relay);
            }
            uint clientAddress = _request.Packet.ClientAddress;
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
                || (_leases.State(lease) != DhcpLeases.Declined && _request.LeaseIn(_leases) == lease);
        }

        private uint Reserved(DhcpPool pool)
        {
            DhcpReservation[] reservations = _model.Dhcp.Reservations;
            for (int i = 0; i < reservations.Length; i++)
            {
                if (_request.Is(reservations[i]) && pool.Contains(reservations[i].Address))
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
                if (reservations[i].Address == address && !_request.Is(reservations[i]))
                {
                    return true;
                }
            }
            return false;
        }

    }
}
