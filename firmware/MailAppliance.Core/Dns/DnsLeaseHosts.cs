namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// The names DHCP clients sent (pc1 → pc1.mail.com, or pc1.mt.com for a client of a pool
    /// with <c>domain-name mt.com</c>) and their addresses, answered from the
    /// lease list itself, as dnsmasq answers from its lease file, instead of each becoming an A
    /// and a PTR record with arrays of their own in the zone tables: that cost 13 KB of nanoCLR's
    /// heap for 50 clients (measured), an eighth of the board's. Lookups walk the wire name in
    /// place and allocate nothing. A snapshot, taken when the zones are built.
    /// </summary>
    public sealed class DnsLeaseHosts
    {
        /// <summary>No clients: the table's value until the builder sets one.</summary>
        public static readonly DnsLeaseHosts None = new DnsLeaseHosts(new string[0], new uint[0], new byte[0][]);

        private readonly string[] _names;
        private readonly uint[] _addresses;
        private readonly byte[][] _domains;

        /// <param name="names">Lower-case single labels, every slot written.</param>
        /// <param name="domains">Each host's domain as a lower-case wire name (hosts of one pool share one array).</param>
        public DnsLeaseHosts(string[] names, uint[] addresses, byte[][] domains)
        {
            _names = names;
            _addresses = addresses;
            _domains = domains;
        }

        public int Count
        {
            get { return _names.Length; }
        }

        public uint Address(int host)
        {
            return _addresses[host];
        }

        /// <summary>The host whose name.domain is <paramref name="name"/> (lower-case wire), or -1.</summary>
        public int FindName(byte[] name, int length)
        {
            int label = name[0];
            if (label == 0)
            {
                return -1;
            }
            for (int i = 0; i < _names.Length; i++)
            {
                if (1 + label + _domains[i].Length == length && LabelIs(name, _names[i]) && DomainAt(name, 1 + label, _domains[i]))
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>The host whose address <paramref name="name"/> is the reverse name of (d.c.b.a.in-addr.arpa, RFC 1035 §3.5), or -1.</summary>
        public int FindReverse(byte[] name, int length)
        {
            uint address = 0;
            int at = 0;
            for (int octet = 0; octet < 4; octet++)
            {
                int label = name[at];
                if (label < 1 || label > 3 || at + label >= length)
                {
                    return -1;
                }
                uint value = 0;
                for (int i = 1; i <= label; i++)
                {
                    byte digit = name[at + i];
                    if (digit < '0' || digit > '9')
                    {
                        return -1;
                    }
                    value = value * 10 + (uint)(digit - '0');
                }
                if (value > 255)
                {
                    return -1;
                }
                address |= value << (8 * octet);
                at += label + 1;
            }
            if (!IsInAddrArpa(name, at, length))
            {
                return -1;
            }
            for (int i = 0; i < _addresses.Length; i++)
            {
                if (_addresses[i] == address)
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>Writes host <paramref name="host"/>'s full wire name into <paramref name="target"/>; returns its length.</summary>
        public int WriteName(int host, byte[] target)
        {
            string label = _names[host];
            target[0] = (byte)label.Length;
            for (int i = 0; i < label.Length; i++)
            {
                target[1 + i] = (byte)label[i];
            }
            byte[] domain = _domains[host];
            System.Array.Copy(domain, 0, target, 1 + label.Length, domain.Length);
            return 1 + label.Length + domain.Length;
        }

        private static bool DomainAt(byte[] name, int at, byte[] domain)
        {
            for (int i = 0; i < domain.Length; i++)
            {
                if (name[at + i] != domain[i])
                {
                    return false;
                }
            }
            return true;
        }

        private static bool LabelIs(byte[] name, string label)
        {
            if (name[0] != label.Length)
            {
                return false;
            }
            for (int i = 0; i < label.Length; i++)
            {
                if (name[1 + i] != label[i])
                {
                    return false;
                }
            }
            return true;
        }

        // The root label is checked apart: nanoCLR keeps strings NUL-terminated, so a "\0" inside
        // a string literal ends it there (the nanoCLR run of DnsCases found this).
        private static bool IsInAddrArpa(byte[] name, int at, int length)
        {
            const string Labels = "\u0007in-addr\u0004arpa";
            if (length - at != Labels.Length + 1 || name[length - 1] != 0)
            {
                return false;
            }
            for (int i = 0; i < Labels.Length; i++)
            {
                if (name[at + i] != Labels[i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
