using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// The appliance's zones and records, compiled from the model into flat arrays of wire-form
    /// names and RDATA so a query is answered by scanning, without allocating. Built whole and
    /// then only read, so several threads may share one.
    /// </summary>
    public sealed class DnsRecordTable
    {
        /// <summary>TTL of every record, and the SOA minimum (negative caching, RFC 2308).</summary>
        public const uint Ttl = 300;

        private byte[][] _apexes = new byte[8][];
        private int[] _soaRecords = new int[8];
        private int _zoneCount;

        private byte[][] _owners = new byte[32][];
        private int[] _types = new int[32];
        private byte[][] _rdata = new byte[32][];
        private int _count;

        /// <summary>The DHCP clients' names, answered beside the records (none until the builder sets them).</summary>
        public DnsLeaseHosts LeaseHosts { get; set; } = DnsLeaseHosts.None;

        /// <summary>Number of records.</summary>
        public int Count
        {
            get { return _count; }
        }

        public byte[] Owner(int rr)
        {
            return _owners[rr];
        }

        public int Type(int rr)
        {
            return _types[rr];
        }

        /// <summary>RDATA with any names in uncompressed wire form.</summary>
        public byte[] Rdata(int rr)
        {
            return _rdata[rr];
        }

        public byte[] Apex(int zone)
        {
            return _apexes[zone];
        }

        /// <summary>The record index of the zone's SOA.</summary>
        public int Soa(int zone)
        {
            return _soaRecords[zone];
        }

        /// <summary>The index of the zone with this apex, or -1.</summary>
        public int ZoneWithApex(byte[] apex)
        {
            for (int i = 0; i < _zoneCount; i++)
            {
                if (DnsName.Equal(apex, apex.Length, _apexes[i]))
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>The closest enclosing zone of a name (the longest apex it is at or below), or -1.</summary>
        public int FindZone(byte[] name, int length)
        {
            int best = -1;
            for (int i = 0; i < _zoneCount; i++)
            {
                if (DnsName.IsAtOrBelow(name, length, _apexes[i]) && (best < 0 || _apexes[i].Length > _apexes[best].Length))
                {
                    best = i;
                }
            }
            return best;
        }

        /// <summary>True when some record's owner is strictly below the name (so the name exists, empty).</summary>
        public bool HasNamesBelow(byte[] name, int length)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_owners[i].Length > length && DnsName.IsAtOrBelow(_owners[i], _owners[i].Length, name, length))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Adds a zone whose SOA record has already been added at <paramref name="soaRecord"/>.</summary>
        public void AddZone(byte[] apex, int soaRecord)
        {
            if (_zoneCount == _apexes.Length)
            {
                _apexes = Arrays.Resize(_apexes, _apexes.Length * 2);
                _soaRecords = Arrays.Resize(_soaRecords, _soaRecords.Length * 2);
            }
            _apexes[_zoneCount] = apex;
            _soaRecords[_zoneCount] = soaRecord;
            _zoneCount++;
        }

        /// <summary>Adds a record unless the same one is there; returns its index.</summary>
        public int Add(byte[] owner, int type, byte[] rdata)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_types[i] == type && DnsName.Equal(owner, owner.Length, _owners[i]) && DnsName.Equal(rdata, rdata.Length, _rdata[i]))
                {
                    return i;
                }
            }
            if (_count == _owners.Length)
            {
                _owners = Arrays.Resize(_owners, _owners.Length * 2);
                _rdata = Arrays.Resize(_rdata, _rdata.Length * 2);
                _types = Arrays.Resize(_types, _types.Length * 2);
            }
            _owners[_count] = owner;
            _types[_count] = type;
            _rdata[_count] = rdata;
            return _count++;
        }
    }
}
