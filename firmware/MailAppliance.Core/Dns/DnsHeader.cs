using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// The 12-byte DNS header (RFC 1035 §4.1.1) read and written in place in a packet buffer.
    /// A view: <see cref="Attach"/> points it at a buffer, nothing is copied or allocated.
    /// </summary>
    internal sealed class DnsHeader
    {
        /// <summary>Size of the fixed header; the question starts here.</summary>
        public const int Length = 12;

        private const int IdOffset = 0;
        private const int FlagsOffset = 2;
        private const int QuestionCountOffset = 4;
        private const int AnswerCountOffset = 6;
        private const int AuthorityCountOffset = 8;
        private const int AdditionalCountOffset = 10;

        private const int QrBit = 0x8000;
        private const int OpcodeShift = 11;
        private const int AaBit = 0x0400;
        private const int TcBit = 0x0200;
        private const int RdBit = 0x0100;
        private const int RaBit = 0x0080;

        private byte[] _buffer;

        /// <summary>Points the view at a packet; false when the header does not fit in <paramref name="length"/>.</summary>
        public bool Attach(byte[] buffer, int length)
        {
            _buffer = buffer;
            return length >= Length && buffer.Length >= Length;
        }

        /// <summary>ID: copied from query to answer.</summary>
        public int Id
        {
            get { return Read16(IdOffset); }
            set { Write16(IdOffset, value); }
        }

        /// <summary>QR: true in a response.</summary>
        public bool IsResponse
        {
            get { return (Flags & QrBit) != 0; }
            set { SetFlag(QrBit, value); }
        }

        /// <summary>OPCODE: 0 is a standard query.</summary>
        public int Opcode
        {
            get { return (Flags >> OpcodeShift) & 0xF; }
            set { Flags = (Flags & ~(0xF << OpcodeShift)) | ((value & 0xF) << OpcodeShift); }
        }

        /// <summary>AA: the answer comes from the zone's authority.</summary>
        public bool Authoritative
        {
            get { return (Flags & AaBit) != 0; }
            set { SetFlag(AaBit, value); }
        }

        /// <summary>TC: the answer did not fit.</summary>
        public bool Truncated
        {
            get { return (Flags & TcBit) != 0; }
            set { SetFlag(TcBit, value); }
        }

        /// <summary>RD: the client asked for recursion (copied to the answer).</summary>
        public bool RecursionDesired
        {
            get { return (Flags & RdBit) != 0; }
            set { SetFlag(RdBit, value); }
        }

        /// <summary>RA: recursion available.</summary>
        public bool RecursionAvailable
        {
            get { return (Flags & RaBit) != 0; }
            set { SetFlag(RaBit, value); }
        }

        /// <summary>RCODE, the low 4 bits.</summary>
        public int Rcode
        {
            get { return Flags & 0xF; }
            set { Flags = (Flags & ~0xF) | (value & 0xF); }
        }

        /// <summary>All 16 flag bits.</summary>
        public int Flags
        {
            get { return Read16(FlagsOffset); }
            set { Write16(FlagsOffset, value); }
        }

        /// <summary>QDCOUNT.</summary>
        public int QuestionCount
        {
            get { return Read16(QuestionCountOffset); }
            set { Write16(QuestionCountOffset, value); }
        }

        /// <summary>ANCOUNT.</summary>
        public int AnswerCount
        {
            get { return Read16(AnswerCountOffset); }
            set { Write16(AnswerCountOffset, value); }
        }

        /// <summary>NSCOUNT.</summary>
        public int AuthorityCount
        {
            get { return Read16(AuthorityCountOffset); }
            set { Write16(AuthorityCountOffset, value); }
        }

        /// <summary>ARCOUNT.</summary>
        public int AdditionalCount
        {
            get { return Read16(AdditionalCountOffset); }
            set { Write16(AdditionalCountOffset, value); }
        }

        private void SetFlag(int bit, bool on)
        {
            Flags = on ? Flags | bit : Flags & ~bit;
        }

        private int Read16(int offset)
        {
            return NetworkOrder.Read16(_buffer, offset);
        }

        private void Write16(int offset, int value)
        {
            NetworkOrder.Write16(_buffer, offset, value);
        }
    }
}
