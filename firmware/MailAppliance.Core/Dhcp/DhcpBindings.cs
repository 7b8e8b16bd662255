using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// The leases as bindings: bound, declined, released, cleared and expired, each change
    /// saved through the lease store and mirrored in DNS (a client's host name answers for its
    /// address while its lease lasts). Not thread-safe: <see cref="DhcpServer"/> calls it under
    /// its lock.
    /// </summary>
    internal sealed class DhcpBindings
    {
        private readonly ApplianceModel _model;
        private readonly DhcpLeases _leases;
        private readonly ILeaseStore _store;

        public DhcpBindings(ApplianceModel model, DhcpLeases leases, ILeaseStore store)
        {
            _model = model;
            _leases = leases;
            _store = store;
        }

        /// <summary>
        /// The lease table for <c>show ip dhcp binding</c>: address, client key (Cisco hex),
        /// expiry (Unix seconds), type, host name, one string array per lease.
        /// </summary>
        public string[][] Rows()
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

        /// <summary>Ends the lease on <paramref name="address"/>, or every lease when it is 0; returns how many (IOS: clear ip dhcp binding).</summary>
        public int Clear(uint address)
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

        /// <summary>Ends leases that ran out and forgets their host names.</summary>
        public void Expire(long now)
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

        /// <summary>Binds <paramref name="address"/> to the client of <paramref name="request"/>, with its host name in DNS unless another lease has that name.</summary>
        public void Bind(DhcpRequest request, uint address, DhcpPool pool, long now)
        {
            int previous = request.LeaseIn(_leases);
            if (previous >= 0 && _leases.Address(previous) != address)
            {
                Forget(previous);
            }
            bool isNew = previous < 0 || _leases.Address(previous) != address || _leases.State(previous) != DhcpLeases.Bound;
            int lease = _leases.Set(address, request.Key, 0, request.KeyLength, DhcpLeases.Bound, now + pool.LeaseSeconds);
            string oldName = _leases.HostName(lease);
            _leases.SetHostName(lease, request.HostName, 0, request.HostNameLength);
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

        /// <summary>RFC 2131 §4.3.3: the client found the address in use; it stays out of the pool until <paramref name="until"/>.</summary>
        public void Decline(int lease, long until)
        {
            ForgetHostName(lease);
            _leases.SetState(lease, DhcpLeases.Declined, until);
            Save();
        }

        /// <summary>RFC 2131 §4.3.4: the client gives its address back.</summary>
        public void Release(int lease)
        {
            Forget(lease);
            Save();
        }

        /// <summary>How many of <paramref name="pool"/>'s addresses are bound and offered now (show ip dhcp pool).</summary>
        public void Use(DhcpPool pool, out int leased, out int offered)
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
    }
}
