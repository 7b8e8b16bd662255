using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// The question of a message (RFC 1035 §4.1.2), read after the header: its name (read into
    /// the view's own buffer, pointers followed), type and class, and where it ends. A view:
    /// nothing is allocated per message.
    /// </summary>
    internal sealed class DnsQuestion
    {
        private readonly byte[] _name = new byte[DnsName.MaxLength];

        /// <summary>The name in wire form; its first <see cref="NameLength"/> bytes count.</summary>
        public byte[] Name
        {
            get { return _name; }
        }

        public int NameLength { get; private set; }

        /// <summary>QTYPE (DnsType).</summary>
        public int Type { get; private set; }

        /// <summary>QCLASS (DnsType.ClassIn...).</summary>
        public int Class { get; private set; }

        /// <summary>The offset just past the question: where the answer section starts.</summary>
        public int End { get; private set; }

        /// <summary>Reads the question that follows the header; false when it is not whole.</summary>
        public bool Read(byte[] packet, int length)
        {
            int nameLength;
            int nameEnd;
            if (length < DnsHeader.Length || !DnsName.TryRead(packet, length, DnsHeader.Length, _name, out nameLength, out nameEnd) || nameEnd + 4 > length)
            {
                return false;
            }
            NameLength = nameLength;
            Type = NetworkOrder.Read16(packet, nameEnd);
            Class = NetworkOrder.Read16(packet, nameEnd + 2);
            End = nameEnd + 4;
            return true;
        }
    }
}
