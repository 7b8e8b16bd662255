using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// Domain names in wire form (RFC 1035 §3.1): length-prefixed labels ending in a zero byte.
    /// Names the appliance keeps are lower case and uncompressed, so comparing is comparing bytes.
    /// </summary>
    internal static class DnsName
    {
        /// <summary>Longest name in wire form (RFC 1035 §2.3.4).</summary>
        public const int MaxLength = 255;

        private const int MaxLabel = 63;
        /// <summary>The two high bits that mark a compression pointer (RFC 1035 §4.1.4).</summary>
        public const int PointerTag = 0xC0;

        /// <summary>The 14 bits of a pointer that give its target offset.</summary>
        public const int PointerOffsetMask = 0x3FFF;

        /// <summary>A name has at most 127 labels; more jumps than that can only be a loop.</summary>
        public const int MaxJumps = 127;

        /// <summary>Wire form of a dotted name ("mail.com" → 4mail3com0), lower case; null when not a valid name.</summary>
        public static byte[] FromText(string name)
        {
            if (name == null)
            {
                return null;
            }
            if (name.EndsWith("."))
            {
                name = name.Substring(0, name.Length - 1);
            }
            if (name.Length == 0)
            {
                return new byte[] { 0 };
            }
            string[] labels = name.ToLower().Split('.');
            int length = 1;
            for (int i = 0; i < labels.Length; i++)
            {
                if (labels[i].Length == 0 || labels[i].Length > MaxLabel)
                {
                    return null;
                }
                length += labels[i].Length + 1;
            }
            if (length > MaxLength)
            {
                return null;
            }
            var wire = new byte[length];
            int at = 0;
            for (int i = 0; i < labels.Length; i++)
            {
                wire[at++] = (byte)labels[i].Length;
                for (int c = 0; c < labels[i].Length; c++)
                {
                    char ch = labels[i][c];
                    if (ch > 0x7E || ch <= ' ')
                    {
                        return null;
                    }
                    wire[at++] = (byte)ch;
                }
            }
            wire[at] = 0;
            return wire;
        }

        /// <summary>Dotted text of a wire name, for traces ("." for the root).</summary>
        public static string ToText(byte[] wire, int length)
        {
            if (length <= 1)
            {
                return ".";
            }
            var chars = new char[length - 2];
            int at = 0;
            int i = 0;
            while (wire[i] != 0)
            {
                if (at > 0)
                {
                    chars[at++] = '.';
                }
                int label = wire[i];
                for (int c = 1; c <= label; c++)
                {
                    chars[at++] = (char)wire[i + c];
                }
                i += label + 1;
            }
            return new string(chars, 0, at);
        }

        /// <summary>
        /// Reads the name at <paramref name="offset"/> of a packet into <paramref name="output"/>
        /// (at least <see cref="MaxLength"/> bytes), uncompressed and in lower case. Pointers
        /// (RFC 1035 §4.1.4) must point backwards and are followed at most 127 times, so a
        /// hostile packet can neither loop nor make it read past <paramref name="length"/>.
        /// <paramref name="end"/> is where the name ends in the packet (after the first pointer).
        /// </summary>
        public static bool TryRead(byte[] packet, int length, int offset, byte[] output, out int outputLength, out int end)
        {
            outputLength = 0;
            end = -1;
            int position = offset;
            int jumps = 0;
            while (true)
            {
                if (position >= length)
                {
                    return false;
                }
                int label = packet[position];
                if ((label & PointerTag) == PointerTag)
                {
                    if (position + 1 >= length || ++jumps > MaxJumps)
                    {
                        return false;
                    }
                    int target = NetworkOrder.Read16(packet, position) & PointerOffsetMask;
                    if (end < 0)
                    {
                        end = position + 2;
                    }
                    if (target >= position)
                    {
                        return false;
                    }
                    position = target;
                    continue;
                }
                if ((label & PointerTag) != 0)
                {
                    return false; // 0x40 and 0x80: extended label types, obsolete (RFC 6891 §5).
                }
                if (outputLength + label + 1 > MaxLength || position + label >= length)
                {
                    return false;
                }
                output[outputLength++] = (byte)label;
                if (label == 0)
                {
                    if (end < 0)
                    {
                        end = position + 1;
                    }
                    return true;
                }
                for (int i = 1; i <= label; i++)
                {
                    byte b = packet[position + i];
                    output[outputLength++] = b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;
                }
                position += label + 1;
            }
        }

        /// <summary>True when two lower-case wire names are the same.</summary>
        public static bool Equal(byte[] a, int aLength, byte[] b)
        {
            return Equal(a, aLength, b, b.Length);
        }

        /// <summary>True when the first <paramref name="aLength"/> bytes of <paramref name="a"/> are the first <paramref name="bLength"/> of <paramref name="b"/>.</summary>
        public static bool Equal(byte[] a, int aLength, byte[] b, int bLength)
        {
            if (aLength != bLength)
            {
                return false;
            }
            for (int i = 0; i < aLength; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>True when <paramref name="name"/> is <paramref name="apex"/> or a name below it.</summary>
        public static bool IsAtOrBelow(byte[] name, int nameLength, byte[] apex)
        {
            return IsAtOrBelow(name, nameLength, apex, apex.Length);
        }

        /// <summary>As above, for an apex that fills only the first <paramref name="apexLength"/> bytes of its buffer.</summary>
        public static bool IsAtOrBelow(byte[] name, int nameLength, byte[] apex, int apexLength)
        {
            int start = 0;
            while (nameLength - start > apexLength)
            {
                start += name[start] + 1;
            }
            if (nameLength - start != apexLength)
            {
                return false;
            }
            for (int i = 0; i < apexLength; i++)
            {
                if (name[start + i] != apex[i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
