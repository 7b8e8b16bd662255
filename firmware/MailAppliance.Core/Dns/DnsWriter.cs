using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// Appends to an answer being built in a caller's buffer, never past a size limit: once
    /// something does not fit, <see cref="Overflow"/> is set and the caller truncates (TC).
    /// Names are compressed against every name already written (RFC 1035 §4.1.4).
    /// Allocates nothing after construction.
    /// </summary>
    internal sealed class DnsWriter
    {
        // Offsets of names (and their suffixes) already in the packet, for compression.
        private const int MaxCompressionTargets = 64;

        private readonly int[] _targets = new int[MaxCompressionTargets];
        private int _targetCount;
        private byte[] _buffer;
        private int _limit;

        /// <summary>Where the next byte goes.</summary>
        public int Position { get; private set; }

        /// <summary>True once a write did not fit; later writes do nothing.</summary>
        public bool Overflow { get; private set; }

        /// <summary>Starts writing at <paramref name="position"/>, never past <paramref name="limit"/>.</summary>
        public void Begin(byte[] buffer, int position, int limit)
        {
            _buffer = buffer;
            Position = position;
            _limit = limit < buffer.Length ? limit : buffer.Length;
            _targetCount = 0;
            Overflow = false;
        }

        /// <summary>Moves back to an earlier position (to drop records when truncating).</summary>
        public void Rewind(int position)
        {
            Position = position;
            Overflow = false;
            int kept = 0;
            for (int i = 0; i < _targetCount; i++)
            {
                if (_targets[i] < position)
                {
                    _targets[kept++] = _targets[i];
                }
            }
            _targetCount = kept;
        }

        /// <summary>Lets later names point into a name already in the packet (the echoed question).</summary>
        public void AddCompressionTarget(int offset)
        {
            int position = offset;
            while (_buffer[position] != 0 && (_buffer[position] & DnsName.PointerTag) == 0)
            {
                Remember(position);
                position += _buffer[position] + 1;
            }
        }

        public void Write8(int value)
        {
            if (Fits(1))
            {
                _buffer[Position++] = (byte)value;
            }
        }

        public void Write16(int value)
        {
            if (Fits(2))
            {
                NetworkOrder.Write16(_buffer, Position, value);
                Position += 2;
            }
        }

        public void Write32(uint value)
        {
            if (Fits(4))
            {
                NetworkOrder.Write32(_buffer, Position, value);
                Position += 4;
            }
        }

        public void WriteBytes(byte[] source, int offset, int count)
        {
            if (Fits(count))
            {
                System.Array.Copy(source, offset, _buffer, Position, count);
                Position += count;
            }
        }

        /// <summary>Writes 16 bits at an earlier position (a length filled in afterwards).</summary>
        public void Patch16(int position, int value)
        {
            NetworkOrder.Write16(_buffer, position, value);
        }

        /// <summary>
        /// Writes a lower-case wire name starting at <paramref name="offset"/> of
        /// <paramref name="name"/>, replacing its longest suffix already in the packet by a pointer.
        /// Returns where the name ended in <paramref name="name"/>.
        /// </summary>
        public int WriteName(byte[] name, int offset)
        {
            int label = offset;
            while (name[label] != 0)
            {
                int target = Find(name, label);
                if (target >= 0)
                {
                    Write16((DnsName.PointerTag << 8) | target);
                    return NameEnd(name, label);
                }
                if (Position <= DnsName.PointerOffsetMask && !Overflow)
                {
                    Remember(Position);
                }
                WriteBytes(name, label, name[label] + 1);
                label += name[label] + 1;
            }
            Write8(0);
            return label + 1;
        }

        private static int NameEnd(byte[] name, int offset)
        {
            while (name[offset] != 0)
            {
                offset += name[offset] + 1;
            }
            return offset + 1;
        }

        private void Remember(int position)
        {
            if (_targetCount < MaxCompressionTargets)
            {
                _targets[_targetCount++] = position;
            }
        }

        private int Find(byte[] name, int offset)
        {
            for (int i = 0; i < _targetCount; i++)
            {
                if (SameSuffix(name, offset, _targets[i]))
                {
                    return _targets[i];
                }
            }
            return -1;
        }

        // Compares a name of ours with one in the packet, which may be compressed and (in
        // the echoed question) in any case.
        private bool SameSuffix(byte[] name, int offset, int packet)
        {
            int jumps = 0;
            while (true)
            {
                int label = _buffer[packet];
                if ((label & DnsName.PointerTag) == DnsName.PointerTag)
                {
                    if (++jumps > DnsName.MaxJumps)
                    {
                        return false;
                    }
                    packet = NetworkOrder.Read16(_buffer, packet) & DnsName.PointerOffsetMask;
                    continue;
                }
                if (label != name[offset])
                {
                    return false;
                }
                if (label == 0)
                {
                    return true;
                }
                for (int i = 1; i <= label; i++)
                {
                    byte b = _buffer[packet + i];
                    if (b >= (byte)'A' && b <= (byte)'Z')
                    {
                        b = (byte)(b + 32);
                    }
                    if (b != name[offset + i])
                    {
                        return false;
                    }
                }
                packet += label + 1;
                offset += label + 1;
            }
        }

        private bool Fits(int count)
        {
            if (Overflow || Position + count > _limit)
            {
                Overflow = true;
                return false;
            }
            return true;
        }
    }
}
