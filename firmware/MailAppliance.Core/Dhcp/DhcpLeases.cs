using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dhcp
{
    /// <summary>
    /// The lease table: who has which address until when. Flat arrays that grow with the
    /// number of clients and are then reused, so handling a message allocates nothing.
    /// Saved as text, one lease a line ("bound 192.168.1.10 1767225600 01aabbccddeeff pc0"),
    /// readable when the card is pulled.
    /// </summary>
    public sealed class DhcpLeases
    {
        /// <summary>Longest client key kept (client identifier, or hardware type + MAC).</summary>
        public const int MaxKey = 32;

        /// <summary>Longest host name kept (one DNS label).</summary>
        public const int MaxHostName = 63;

        public const int Offered = 1;
        public const int Bound = 2;
        public const int Declined = 3;

        private int _count;
        private uint[] _addresses = new uint[8];
        private byte[][] _keys = new byte[8][];
        private int[] _keyLengths = new int[8];
        private long[] _expires = new long[8];
        private int[] _states = new int[8];
        private string[] _hostNames = StringArrays.New(8);

        public int Count
        {
            get { return _count; }
        }

        public uint Address(int lease)
        {
            return _addresses[lease];
        }

        /// <summary>Unix time (seconds) when the lease ends.</summary>
        public long Expires(int lease)
        {
            return _expires[lease];
        }

        public int State(int lease)
        {
            return _states[lease];
        }

        public string HostName(int lease)
        {
            return _hostNames[lease];
        }

        /// <summary>Copies the client key into <paramref name="target"/>; returns its length.</summary>
        public int Key(int lease, byte[] target)
        {
            System.Array.Copy(_keys[lease], target, _keyLengths[lease]);
            return _keyLengths[lease];
        }

        /// <summary>The lease held by this client key, or -1.</summary>
        public int FindByKey(byte[] source, int offset, int length)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_keyLengths[i] == length && _states[i] != Declined && SameBytes(_keys[i], source, offset, length))
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>The lease (or quarantine) on this address, or -1.</summary>
        public int FindByAddress(uint address)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_addresses[i] == address)
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>Records an address for a client key; returns the lease index.</summary>
        public int Set(uint address, byte[] key, int keyOffset, int keyLength, int state, long expires)
        {
            int i = FindByAddress(address);
            if (i < 0)
            {
                i = Append();
            }
            if (keyLength > MaxKey)
            {
                keyLength = MaxKey;
            }
            // Keys are kept at their own length (a MAC with its type is 7 bytes, MaxKey is 32) and
            // reused while they fit, so a renewal allocates nothing.
            if (_keys[i] == null || _keys[i].Length < keyLength)
            {
                _keys[i] = new byte[keyLength];
            }
            _addresses[i] = address;
            System.Array.Copy(key, keyOffset, _keys[i], 0, keyLength);
            _keyLengths[i] = keyLength;
            _states[i] = state;
            _expires[i] = expires;
            return i;
        }

        public void SetState(int lease, int state, long expires)
        {
            _states[lease] = state;
            _expires[lease] = expires;
        }

        /// <summary>Sets the host name, reusing the stored string when it has not changed.</summary>
        public void SetHostName(int lease, byte[] source, int offset, int length)
        {
            string current = _hostNames[lease];
            if (current != null && current.Length == length)
            {
                bool same = true;
                for (int c = 0; c < length && same; c++)
                {
                    same = current[c] == (char)source[offset + c];
                }
                if (same)
                {
                    return;
                }
            }
            _hostNames[lease] = length == 0 ? null : Ascii.GetString(source, offset, length);
        }

        public void ClearHostName(int lease)
        {
            _hostNames[lease] = null;
        }

        /// <summary>Forgets a lease; the last one takes its index.</summary>
        public void Remove(int lease)
        {
            int last = --_count;
            _addresses[lease] = _addresses[last];
            byte[] key = _keys[lease];
            _keys[lease] = _keys[last];
            _keys[last] = key;
            _keyLengths[lease] = _keyLengths[last];
            _expires[lease] = _expires[last];
            _states[lease] = _states[last];
            _hostNames[lease] = _hostNames[last];
            _hostNames[last] = null;
        }

        /// <summary>The longest line <see cref="Line"/> writes: "declined ", an address, a 64-bit expiry, the key in hex, the name, LF.</summary>
        public const int MaxLine = 9 + 15 + 1 + 20 + 1 + 2 * MaxKey + 1 + MaxHostName + 1;

        /// <summary>
        /// Writes lease <paramref name="lease"/>'s line for the lease file into
        /// <paramref name="buffer"/> (at least <see cref="MaxLine"/> bytes) and returns its length;
        /// 0 for an offer, which is not saved. Lines are written one at a time, never the whole file:
        /// at 50 leases a file-sized buffer held 4 KB of the board's heap.
        /// </summary>
        public int Line(int lease, byte[] buffer)
        {
            if (_states[lease] == Offered)
            {
                return 0;
            }
            int at = Put(buffer, _states[lease] == Bound ? "bound " : "declined ", 0);
            at = PutAddress(buffer, _addresses[lease], at);
            buffer[at++] = (byte)' ';
            at = PutNumber(buffer, _expires[lease], at);
            buffer[at++] = (byte)' ';
            for (int k = 0; k < _keyLengths[lease]; k++)
            {
                buffer[at++] = Hex(_keys[lease][k] >> 4);
                buffer[at++] = Hex(_keys[lease][k] & 0xF);
            }
            if (_keyLengths[lease] == 0)
            {
                buffer[at++] = (byte)'-';
            }
            buffer[at++] = (byte)' ';
            at = Put(buffer, _hostNames[lease] ?? "-", at);
            buffer[at++] = (byte)'\n';
            return at;
        }

        /// <summary>Reads saved leases, dropping those that ended before <paramref name="now"/> and any line that does not parse.</summary>
        public void Load(byte[] data, int length, long now)
        {
            string[] lines = Ascii.GetString(data, 0, length).Split('\n');
            for (int l = 0; l < lines.Length; l++)
            {
                string[] words = lines[l].Trim().Split(' ');
                uint address;
                long expires;
                if (words.Length != 5 || (words[0] != "bound" && words[0] != "declined")
                    || !Ipv4.TryParse(words[1], out address) || !Numbers.TryParse(words[2], out expires) || expires <= now)
                {
                    continue;
                }
                byte[] key = ParseHex(words[3]);
                if (key == null)
                {
                    continue;
                }
                int lease = Set(address, key, 0, key.Length, words[0] == "bound" ? Bound : Declined, expires);
                if (words[4] != "-")
                {
                    byte[] name = Ascii.GetBytes(words[4]);
                    SetHostName(lease, name, 0, name.Length > MaxHostName ? MaxHostName : name.Length);
                }
            }
        }

        private int Append()
        {
            if (_count == _addresses.Length)
            {
                int size = _count * 2;
                _addresses = Arrays.Resize(_addresses, size);
                _keyLengths = Arrays.Resize(_keyLengths, size);
                _states = Arrays.Resize(_states, size);
                _expires = Arrays.Resize(_expires, size);
                _hostNames = StringArrays.Resize(_hostNames, size);
                _keys = Arrays.Resize(_keys, size);
            }
            _hostNames[_count] = null;
            return _count++;
        }

        private static int Put(byte[] buffer, string text, int at)
        {
            for (int i = 0; i < text.Length; i++)
            {
                buffer[at++] = (byte)text[i];
            }
            return at;
        }

        private static int PutAddress(byte[] buffer, uint address, int at)
        {
            for (int shift = 24; shift >= 0; shift -= 8)
            {
                at = PutNumber(buffer, (address >> shift) & 0xFF, at);
                if (shift > 0)
                {
                    buffer[at++] = (byte)'.';
                }
            }
            return at;
        }

        private static int PutNumber(byte[] buffer, long value, int at)
        {
            long divisor = 1;
            while (value / divisor >= 10)
            {
                divisor *= 10;
            }
            for (; divisor > 0; divisor /= 10)
            {
                buffer[at++] = (byte)('0' + (value / divisor) % 10);
            }
            return at;
        }

        private static byte Hex(int nibble)
        {
            return (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
        }

        private static byte[] ParseHex(string text)
        {
            if (text == "-")
            {
                return new byte[0];
            }
            if (text.Length % 2 != 0 || text.Length > 2 * MaxKey)
            {
                return null;
            }
            var bytes = new byte[text.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                long value;
                if (!Numbers.TryParseHex(text.Substring(2 * i, 2), out value))
                {
                    return null;
                }
                bytes[i] = (byte)value;
            }
            return bytes;
        }

        private static bool SameBytes(byte[] a, byte[] b, int bOffset, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (a[i] != b[bOffset + i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
