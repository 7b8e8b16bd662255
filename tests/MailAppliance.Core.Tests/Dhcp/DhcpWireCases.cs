using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Dhcp
{
    /// <summary>Byte fixtures for the DHCP wire types (RFC 2131 §2, RFC 2132 §2): parse, emit, truncated, hostile.</summary>
    public static class DhcpWireCases
    {
        private const string Cookie = "63825363";

        // The fixed part of a relayed REQUEST: op 1, Ethernet, 6-byte address, 1 hop, xid, 258 s, broadcast,
        // ciaddr 0, yiaddr 0, siaddr 0, giaddr 192.168.2.1, chaddr, 64 + 128 bytes of sname and file.
        private static byte[] Request(string options)
        {
            string fixedPart = "01 01 06 01 11223344 0102 8000 00000000 00000000 00000000 c0a80201 020000000001 00000000000000000000";
            byte[] head = Hex.Bytes(fixedPart);
            byte[] tail = Hex.Bytes(Cookie + " " + options);
            var packet = new byte[DhcpPacket.OptionsOffset - 4 + tail.Length];
            System.Array.Copy(head, packet, head.Length);
            System.Array.Copy(tail, 0, packet, DhcpPacket.OptionsOffset - 4, tail.Length);
            return packet;
        }

        public static void PacketParsesTheFixedPart()
        {
            byte[] packet = Request("35 01 03 ff");
            var view = new DhcpPacket();
            Expect.True(view.Attach(packet, packet.Length), "a whole message with the cookie");
            Expect.Equal(DhcpPacket.BootRequest, view.Op, "op");
            Expect.Equal(1, view.HardwareType, "htype");
            Expect.Equal(6, view.HardwareLength, "hlen");
            Expect.Equal(1, view.Hops, "hops");
            Expect.True(view.TransactionId == 0x11223344u, "xid");
            Expect.Equal(258, view.Seconds, "secs");
            Expect.True(view.Broadcast, "broadcast flag");
            Expect.True(view.RelayAddress == 0xC0A80201u, "giaddr");
        }

        public static void PacketRefusesATruncatedMessageOrAWrongCookie()
        {
            byte[] packet = Request("35 01 03 ff");
            var view = new DhcpPacket();
            Expect.True(!view.Attach(packet, DhcpPacket.OptionsOffset - 1), "cut before the options");
            packet[DhcpPacket.OptionsOffset - 1] ^= 1;
            Expect.True(!view.Attach(packet, packet.Length), "a BOOTP message without the DHCP cookie");
        }

        public static void PacketEmitsAReplysFixedPart()
        {
            var buffer = new byte[DhcpPacket.OptionsOffset];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = 0xEE;
            }
            var view = new DhcpPacket();
            view.Initialize(buffer);
            view.Op = DhcpPacket.BootReply;
            view.TransactionId = 0x11223344;
            view.Broadcast = true;
            view.YourAddress = 0xC0A8010A;
            byte[] head = new byte[20];
            System.Array.Copy(buffer, head, head.Length);
            Expect.SameBytes(Hex.Bytes("02 00 00 00 11223344 0000 8000 00000000 c0a8010a"), head, "op, xid, flags, yiaddr; the rest cleared");
            Expect.Equal(0, buffer[DhcpPacket.ClientHardwareOffset], "chaddr cleared");
            byte[] cookie = new byte[4];
            System.Array.Copy(buffer, DhcpPacket.OptionsOffset - 4, cookie, 0, 4);
            Expect.SameBytes(Hex.Bytes(Cookie), cookie, "the cookie");
        }

        public static void OptionReaderFindsOptionsPastPads()
        {
            byte[] packet = Request("35 01 03 00 00 32 04 c0a8010a 0c 03 706331 ff");
            int length;
            Expect.Equal(DhcpMessageType.Request, DhcpOptionReader.Byte(packet, packet.Length, DhcpOption.MessageType), "53");
            Expect.True(DhcpOptionReader.Address(packet, packet.Length, DhcpOption.RequestedAddress) == 0xC0A8010Au, "50 after two pads");
            int at = DhcpOptionReader.Find(packet, packet.Length, DhcpOption.HostName, out length);
            Expect.Equal(3, length, "12's length");
            Expect.Equal((byte)'p', packet[at], "12's data");
            Expect.Equal(-1, DhcpOptionReader.Find(packet, packet.Length, DhcpOption.ClientIdentifier, out length), "61 absent");
        }

        public static void OptionReaderStopsAtMalformedOptions()
        {
            int length;
            byte[] overrun = Request("35 01 03 0c 09 7063");
            Expect.Equal(3, DhcpOptionReader.Byte(overrun, overrun.Length, DhcpOption.MessageType), "before the bad option");
            Expect.Equal(-1, DhcpOptionReader.Find(overrun, overrun.Length, DhcpOption.HostName, out length), "a length past the end");
            byte[] codeOnly = Request("35");
            Expect.Equal(-1, DhcpOptionReader.Byte(codeOnly, codeOnly.Length, DhcpOption.MessageType), "a code without its length");
            byte[] wrongSize = Request("35 02 0301 32 03 c0a801 ff");
            Expect.Equal(-1, DhcpOptionReader.Byte(wrongSize, wrongSize.Length, DhcpOption.MessageType), "a message type of two bytes");
            Expect.True(DhcpOptionReader.Address(wrongSize, wrongSize.Length, DhcpOption.RequestedAddress) == 0, "an address of three bytes");
            byte[] afterEnd = Request("ff 35 01 03");
            Expect.Equal(-1, DhcpOptionReader.Byte(afterEnd, afterEnd.Length, DhcpOption.MessageType), "nothing after End counts");
        }

        public static void OptionWriterEmitsEachOptionOnceThenEndAndPadding()
        {
            var buffer = new byte[DhcpPacket.MinimumLength + 100];
            var writer = new DhcpOptionWriter();
            writer.Begin(buffer);
            writer.Byte(DhcpOption.MessageType, DhcpMessageType.Offer);
            writer.Address(DhcpOption.ServerIdentifier, 0xC0A80102);
            writer.Text(DhcpOption.DomainName, "mail.com");
            writer.Byte(DhcpOption.MessageType, DhcpMessageType.Ack);
            Expect.True(writer.Has(DhcpOption.DomainName) && !writer.Has(DhcpOption.Router), "Has");
            int length = writer.Finish();
            Expect.Equal(DhcpPacket.MinimumLength, length, "padded to the BOOTP minimum");
            byte[] options = new byte[21];
            System.Array.Copy(buffer, DhcpPacket.OptionsOffset, options, 0, options.Length);
            Expect.SameBytes(Hex.Bytes("35 01 02 36 04 c0a80102 0f 08 6d61696c2e636f6d ff 00"), options, "the first message type only, then End");
        }

        public static void OptionWriterLeavesRoomForEnd()
        {
            var buffer = new byte[DhcpPacket.MinimumLength];
            var writer = new DhcpOptionWriter();
            writer.Begin(buffer);
            var data = new byte[50];
            writer.Bytes(DhcpOption.ClientIdentifier, data, 0, 50);
            writer.Bytes(DhcpOption.HostName, new byte[256], 0, 256);
            writer.Bytes(DhcpOption.Message, data, 0, 7);
            // 240 + 52 = 292; a 7-byte option needs 9 and End one more: 302 > 300, so it is left out.
            int length = writer.Finish();
            Expect.Equal(DhcpPacket.MinimumLength, length, "length");
            Expect.True(!writer.Has(DhcpOption.HostName), "an option over 255 bytes is refused");
            Expect.True(!writer.Has(DhcpOption.Message), "an option that does not fit before End is left out");
            Expect.Equal(0xFF, buffer[292], "End right after what fit");
        }
    }
}
