using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The name service's configuration: the lab domain DHCP
    /// host names live in, the teacher's records, the host names DHCP clients sent, and an
    /// optional upstream forwarder. Every change bumps the model version the zones are built from.
    /// </summary>
    public sealed class DnsSettings : IConnectionLimits
    {
        private readonly ModelVersion _version;
        private readonly object _sync = new object();
        private DnsHostRecord[] _records = new DnsHostRecord[0];
        private string[] _leaseNames = new string[0];
        private uint[] _leaseAddresses = new uint[0];
        private string _labDomain;
        private uint _forwarder;

        public DnsSettings(ModelVersion version)
        {
            _version = version;
        }

        /// <summary>Whether the DNS responder answers at all (IOS: ip dns server).</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>DNS-over-TCP connections at once (RFC 7766); each costs one of the board's sockets.</summary>
        public int MaxTcpSessions { get; set; } = 2;

        /// <summary>Seconds an idle DNS TCP connection is kept (RFC 7766 §6.2.3: a few seconds).</summary>
        public int TcpIdleTimeoutSeconds { get; set; } = 10;

        /// <summary>Seconds for a query to arrive whole once its first byte has: a query is one small segment.</summary>
        public int TcpQueryTimeoutSeconds { get; set; } = 2;

        /// <summary>Seconds an answer may wait for the client to read it.</summary>
        public int TcpSendTimeoutSeconds { get; set; } = 5;

        /// <summary>DNS-over-TCP connections from one client address at once; one address cannot take both.</summary>
        public int MaxTcpSessionsPerAddress { get; set; } = 1;

        /// <summary>The domain DHCP clients' host names are registered in; the primary mail domain when null.</summary>
        public string LabDomain
        {
            get { return _labDomain; }
            set { _labDomain = value == null ? null : value.ToLower(); _version.Bump(); }
        }

        /// <summary>Upstream server for names outside every zone; 0 for none (then REFUSED).</summary>
        public uint Forwarder
        {
            get { return _forwarder; }
            set { _forwarder = value; }
        }

        /// <summary>The forwarder's port: 53, or another for a test upstream on loopback.</summary>
        public int ForwarderPort { get; set; } = 53;

        /// <summary>Adds a teacher's record.</summary>
        public void AddRecord(DnsHostRecord rr)
        {
            lock (_sync)
            {
                var grown = new DnsHostRecord[_records.Length + 1];
                System.Array.Copy(_records, grown, _records.Length);
                grown[_records.Length] = rr;
                _records = grown;
            }
            _version.Bump();
        }

        /// <summary>Removes every teacher's record with this name; returns how many.</summary>
        public int RemoveRecords(string name)
        {
            return RemoveRecords(name, 0, null);
        }

        /// <summary>
        /// Removes the teacher's records of <paramref name="name"/> of <paramref name="type"/>
        /// (0: any) whose data is <paramref name="data"/> (null: any); returns how many.
        /// </summary>
        public int RemoveRecords(string name, int type, string data)
        {
            int removed = 0;
            name = name.ToLower();
            lock (_sync)
            {
                var kept = new DnsHostRecord[_records.Length];
                int count = 0;
                for (int i = 0; i < _records.Length; i++)
                {
                    DnsHostRecord r = _records[i];
                    if (r.Name == name && (type == 0 || r.Type == type) && (data == null || r.Data.ToLower() == data.ToLower()))
                    {
                        removed++;
                    }
                    else
                    {
                        kept[count++] = r;
                    }
                }
                _records = new DnsHostRecord[count];
                System.Array.Copy(kept, _records, count);
            }
            _version.Bump();
            return removed;
        }

        /// <summary>The teacher's records, in the order added.</summary>
        public DnsHostRecord[] Records
        {
            get
            {
                lock (_sync)
                {
                    return (DnsHostRecord[])_records.Clone();
                }
            }
        }

        /// <summary>Registers (or moves) a DHCP client's host name, as dnsmasq does.</summary>
        public void SetLeaseHost(string hostName, uint address)
        {
            lock (_sync)
            {
                int i = IndexOfLease(hostName);
                if (i >= 0 && _leaseAddresses[i] == address)
                {
                    return;
                }
                int count = i < 0 ? _leaseNames.Length + 1 : _leaseNames.Length;
                var addresses = new uint[count];
                System.Array.Copy(_leaseAddresses, addresses, _leaseAddresses.Length);
                if (i < 0)
                {
                    i = count - 1;
                    _leaseNames = StringArrays.Resize(_leaseNames, count);
                    _leaseNames[i] = Ascii.Lower(hostName);
                }
                addresses[i] = address;
                _leaseAddresses = addresses;
            }
            _version.Bump();
        }

        /// <summary>Forgets a DHCP client's host name when its lease ends.</summary>
        public void RemoveLeaseHost(string hostName)
        {
            lock (_sync)
            {
                int i = IndexOfLease(hostName);
                if (i < 0)
                {
                    return;
                }
                int last = _leaseNames.Length - 1;
                var addresses = new uint[last];
                System.Array.Copy(_leaseAddresses, addresses, i);
                System.Array.Copy(_leaseAddresses, i + 1, addresses, i, last - i);
                _leaseNames = StringArrays.Without(_leaseNames, i);
                _leaseAddresses = addresses;
            }
            _version.Bump();
        }

        /// <summary>
        /// The DHCP host names and their addresses. The arrays themselves, not copies: they are
        /// replaced, never written, once handed out (a copy was 1.4 KB of the board's heap at 50
        /// clients, held by the zone table).
        /// </summary>
        public void LeaseHosts(out string[] names, out uint[] addresses)
        {
            lock (_sync)
            {
                names = _leaseNames;
                addresses = _leaseAddresses;
            }
        }

        int IConnectionLimits.MaxSessions
        {
            get { return MaxTcpSessions; }
        }

        int IConnectionLimits.IdleTimeoutSeconds
        {
            get { return TcpIdleTimeoutSeconds; }
        }

        int IConnectionLimits.CommandTimeoutSeconds
        {
            get { return TcpQueryTimeoutSeconds; }
        }

        int IConnectionLimits.SendTimeoutSeconds
        {
            get { return TcpSendTimeoutSeconds; }
        }

        int IConnectionLimits.MaxSessionsPerAddress
        {
            get { return MaxTcpSessionsPerAddress; }
        }

        // Called for every DHCP ACK: compares without allocating a lower-case copy.
        private int IndexOfLease(string hostName)
        {
            for (int i = 0; i < _leaseNames.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(_leaseNames[i], hostName))
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
