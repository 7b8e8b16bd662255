namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The DHCP server's configuration: pools, excluded addresses and reservations. Read by the
    /// server at every message, so a change applies to the next one.
    /// </summary>
    public sealed class DhcpSettings
    {
        private readonly object _sync = new object();
        private DhcpPool[] _pools = new DhcpPool[0];
        private uint[] _excludedLow = new uint[0];
        private uint[] _excludedHigh = new uint[0];
        private DhcpReservation[] _reservations = new DhcpReservation[0];

        /// <summary>Seconds an address a client declined (found in use) is kept out of the pool.</summary>
        public int DeclineQuarantineSeconds { get; set; } = 600;

        /// <summary>Seconds an offered address is held for the client that was offered it.</summary>
        public int OfferHoldSeconds { get; set; } = 60;

        public DhcpPool[] Pools
        {
            get { return _pools; }
        }

        public DhcpReservation[] Reservations
        {
            get { return _reservations; }
        }

        /// <summary>Adds a pool, replacing one of the same name.</summary>
        public void SetPool(DhcpPool pool)
        {
            lock (_sync)
            {
                DhcpPool[] pools = _pools;
                for (int i = 0; i < pools.Length; i++)
                {
                    if (pools[i].Name == pool.Name)
                    {
                        var replaced = (DhcpPool[])pools.Clone();
                        replaced[i] = pool;
                        _pools = replaced;
                        return;
                    }
                }
                var grown = new DhcpPool[pools.Length + 1];
                System.Array.Copy(pools, grown, pools.Length);
                grown[pools.Length] = pool;
                _pools = grown;
            }
        }

        /// <summary>Never hands out addresses from <paramref name="low"/> to <paramref name="high"/> (IOS: ip dhcp excluded-address).</summary>
        public void Exclude(uint low, uint high)
        {
            lock (_sync)
            {
                int n = _excludedLow.Length;
                var lows = new uint[n + 1];
                var highs = new uint[n + 1];
                System.Array.Copy(_excludedLow, lows, n);
                System.Array.Copy(_excludedHigh, highs, n);
                lows[n] = low;
                highs[n] = high < low ? low : high;
                _excludedLow = lows;
                _excludedHigh = highs;
            }
        }

        /// <summary>Adds a reservation, replacing one with the same pool name.</summary>
        public void Reserve(DhcpReservation reservation)
        {
            lock (_sync)
            {
                RemoveReservation(reservation.Name);
                var grown = new DhcpReservation[_reservations.Length + 1];
                System.Array.Copy(_reservations, grown, _reservations.Length);
                grown[_reservations.Length] = reservation;
                _reservations = grown;
            }
        }

        /// <summary>Removes the pool or manual binding with this name; false when there is none.</summary>
        public bool Remove(string name)
        {
            lock (_sync)
            {
                bool found = RemoveReservation(name);
                int kept = 0;
                var pools = new DhcpPool[_pools.Length];
                for (int i = 0; i < _pools.Length; i++)
                {
                    if (_pools[i].Name == name)
                    {
                        found = true;
                    }
                    else
                    {
                        pools[kept++] = _pools[i];
                    }
                }
                var trimmed = new DhcpPool[kept];
                System.Array.Copy(pools, trimmed, kept);
                _pools = trimmed;
                return found;
            }
        }

        /// <summary>Removes an excluded range given exactly as added; false when there is none.</summary>
        public bool Include(uint low, uint high)
        {
            lock (_sync)
            {
                for (int i = 0; i < _excludedLow.Length; i++)
                {
                    if (_excludedLow[i] == low && _excludedHigh[i] == (high < low ? low : high))
                    {
                        int n = _excludedLow.Length - 1;
                        var lows = new uint[n];
                        var highs = new uint[n];
                        System.Array.Copy(_excludedLow, lows, i);
                        System.Array.Copy(_excludedHigh, highs, i);
                        System.Array.Copy(_excludedLow, i + 1, lows, i, n - i);
                        System.Array.Copy(_excludedHigh, i + 1, highs, i, n - i);
                        _excludedLow = lows;
                        _excludedHigh = highs;
                        return true;
                    }
                }
                return false;
            }
        }

        /// <summary>The excluded ranges, as pairs low, high.</summary>
        public void Excluded(out uint[] lows, out uint[] highs)
        {
            lock (_sync)
            {
                lows = (uint[])_excludedLow.Clone();
                highs = (uint[])_excludedHigh.Clone();
            }
        }

        private bool RemoveReservation(string name)
        {
            for (int i = 0; i < _reservations.Length; i++)
            {
                if (_reservations[i].Name == name)
                {
                    var rest = new DhcpReservation[_reservations.Length - 1];
                    System.Array.Copy(_reservations, rest, i);
                    System.Array.Copy(_reservations, i + 1, rest, i, rest.Length - i);
                    _reservations = rest;
                    return true;
                }
            }
            return false;
        }

        /// <summary>True when the address is in an excluded range.</summary>
        public bool IsExcluded(uint address)
        {
            uint[] lows = _excludedLow;
            uint[] highs = _excludedHigh;
            for (int i = 0; i < lows.Length && i < highs.Length; i++)
            {
                if (address >= lows[i] && address <= highs[i])
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The pool whose subnet holds the address, or null.</summary>
        public DhcpPool PoolFor(uint address)
        {
            DhcpPool[] pools = _pools;
            for (int i = 0; i < pools.Length; i++)
            {
                if (pools[i].Contains(address))
                {
                    return pools[i];
                }
            }
            return null;
        }
    }
}
