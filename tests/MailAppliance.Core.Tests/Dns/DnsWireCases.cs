using MailAppliance.Core.Dns;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Dns
{
    /// <summary>Byte fixtures for the DNS wire types (RFC 1035 §4.1): parse, emit, truncated, hostile.</summary>
    public static class DnsWireCases
    {
        public static void HeaderParsesEveryField()
        {
            // id 0xBEEF; QR, opcode 2, AA, TC, RD, RA, rcode 3; counts 1, 2, 3, 4
            byte[] packet = Hex.Bytes("beef 97 83 0001 0002 0003 0004");
            var header = new DnsHeader();
            Expect.True(header.Attach(packet, packet.Length), "a whole header");
            Expect.Equal(0xBEEF, header.Id, "id");
            Expect.True(header.IsResponse && header.Authoritative && header.Truncated && header.RecursionDesired && header.RecursionAvailable, "flags");
            Expect.Equal(2, header.Opcode, "opcode");
            Expect.Equal(3, header.Rcode, "rcode");
            Expect.Equal(1, header.QuestionCount, "qdcount");
            Expect.Equal(2, header.AnswerCount, "ancount");
            Expect.Equal(3, header.AuthorityCount, "nscount");
            Expect.Equal(4, header.AdditionalCount, "arcount");
        }

        public static void HeaderEmitsInPlace()
        {
            byte[] packet = Hex.Bytes("0000 0000 0000 0000 0000 0000 ffff");
            var header = new DnsHeader();
            header.Attach(packet, packet.Length);
            header.Id = 0x1234;
            header.IsResponse = true;
            header.Authoritative = true;
            header.RecursionAvailable = true;
            header.Rcode = 5;
            header.QuestionCount = 1;
            header.AdditionalCount = 0x0102;
            Expect.SameBytes(Hex.Bytes("1234 84 85 0001 0000 0000 0102 ffff"), packet, "header bytes; what follows untouched");
        }

        public static void HeaderRefusesATruncatedPacket()
        {
            var header = new DnsHeader();
            Expect.True(!header.Attach(new byte[12], 11), "11 bytes of a 12-byte buffer");
            Expect.True(!header.Attach(new byte[11], 12), "a buffer shorter than the length claims");
        }

        public static void WriterCompressesARepeatedSuffix()
        {
            var packet = new byte[64];
            var writer = new DnsWriter();
            writer.Begin(packet, 12, 64);
            writer.WriteName(DnsName.FromText("mail.com"), 0);
            writer.WriteName(DnsName.FromText("www.mail.com"), 0);
            writer.Write16(0xABCD);
            writer.Write32(0x01020304);
            Expect.True(!writer.Overflow, "fits");
            byte[] written = new byte[writer.Position - 12];
            System.Array.Copy(packet, 12, written, 0, written.Length);
            // mail.com at 12, then www + a pointer to offset 12 (0xC00C), then the numbers.
            Expect.SameBytes(Hex.Bytes("046d61696c 03636f6d 00 03777777 c00c abcd 01020304"), written, "names and numbers");
        }

        public static void WriterStopsAtItsLimitAndSaysSo()
        {
            var packet = new byte[32];
            packet[20] = 0xEE;
            var writer = new DnsWriter();
            writer.Begin(packet, 12, 20);
            writer.Write32(0x01020304);
            writer.Write32(0x05060708);
            writer.Write16(0x090A);
            Expect.True(writer.Overflow, "overflow flagged");
            Expect.Equal(20, writer.Position, "nothing written past the limit");
            Expect.Equal(0xEE, packet[20], "the byte past the limit untouched");
            writer.Write8(1);
            Expect.Equal(20, writer.Position, "later writes do nothing");
        }

        // A query for mail.com MX with one additional record: OPT, payload 1232, version 0, one 4-byte option.
        private const string QueryWithOpt = "1234 0100 0001 0000 0000 0001 046d61696c 03636f6d 00 000f 0001 00 0029 04d0 00 00 0000 0008 000a 0004 01020304";

        public static void QuestionAndOptParseInPlace()
        {
            byte[] packet = Hex.Bytes(QueryWithOpt);
            var header = new DnsHeader();
            header.Attach(packet, packet.Length);
            var question = new DnsQuestion();
            Expect.True(question.Read(packet, packet.Length), "question");
            Expect.Equal("mail.com", DnsName.ToText(question.Name, question.NameLength), "name");
            Expect.Equal(DnsType.MX, question.Type, "qtype");
            Expect.Equal(DnsType.ClassIn, question.Class, "qclass");
            Expect.Equal(12 + 10 + 4, question.End, "end of the question");
            var edns = new EdnsOpt();
            Expect.True(edns.Read(packet, packet.Length, question.End, header), "OPT");
            Expect.True(edns.Present, "present");
            Expect.Equal(1232, edns.Payload, "payload");
            Expect.Equal(0, edns.Version, "version");
        }

        public static void QuestionAndOptRefuseTruncatedOrHostileRecords()
        {
            byte[] packet = Hex.Bytes(QueryWithOpt);
            var header = new DnsHeader();
            header.Attach(packet, packet.Length);
            var question = new DnsQuestion();
            Expect.True(!question.Read(packet, 12 + 10 + 3), "a question cut inside QCLASS");
            question.Read(packet, packet.Length);
            var edns = new EdnsOpt();
            Expect.True(!edns.Read(packet, packet.Length - 1, question.End, header), "a record cut short");
            byte[] overlong = Hex.Bytes("1234 0100 0001 0000 0000 0001 046d61696c 03636f6d 00 000f 0001 00 0029 04d0 00 00 0000 0008 000a 0009 01020304");
            Expect.True(!edns.Read(overlong, overlong.Length, question.End, header), "an option running past RDATA's end");
            byte[] trailing = Hex.Bytes(QueryWithOpt + " 00");
            Expect.True(!edns.Read(trailing, trailing.Length, question.End, header), "a byte after the last record");
            byte[] noOpt = Hex.Bytes("1234 0100 0001 0000 0000 0000 046d61696c 03636f6d 00 0001 0001");
            header.Attach(noOpt, noOpt.Length);
            question.Read(noOpt, noOpt.Length);
            Expect.True(edns.Read(noOpt, noOpt.Length, question.End, header) && !edns.Present && edns.Payload == -1, "no OPT: payload -1");
            byte[] loop = Hex.Bytes("1234 0100 0001 0000 0000 0000 c00c 0001 0001");
            Expect.True(!question.Read(loop, loop.Length), "a name pointing at itself");
        }
    }
}
