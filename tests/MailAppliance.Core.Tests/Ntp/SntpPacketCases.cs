using MailAppliance.Core.Ntp;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Ntp
{
    /// <summary>SNTP's request and the checks on its answer (RFC 4330 §5), as bytes. On .NET and nanoCLR.</summary>
    public static class SntpPacketCases
    {
        // 2026-12-03 12:00:00 UTC is 3,973,838,400 s after 1900-01-01: 0xEEBBD840.
        private static readonly System.DateTime Noon = new System.DateTime(2026, 12, 3, 12, 0, 0);

        /// <summary>The request: LI 0, version 4, mode 3, and T1 in the transmit timestamp; nothing else.</summary>
        public static void RequestBytes()
        {
            var request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, Noon.AddTicks(5000000));
            Expect.SameBytes(Hex.Bytes("23000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 eebbd840 80000000"), request, "the request");
        }

        /// <summary>A server 90 s ahead, 20 ms away each way: the offset is 90 s, whatever the delay.</summary>
        public static void OffsetFromTheFourTimestamps()
        {
            var request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, Noon);
            // T2 = T1 + 20 ms + 90 s, T3 = T2 + 1 ms; T4 = T1 + 41 ms on the local clock.
            byte[] reply = Reply(request, 0x24, 2, "eebbd89a 051eb851", "eebbd89a 05604189");
            long offset;
            string why;
            Expect.True(SntpPacket.TryReadReply(reply, reply.Length, request, Noon.AddTicks(410000), out offset, out why), "accepted: " + why);
            Expect.Equal(900000000L, (offset + 5000) / 10000 * 10000, "90 s, to the millisecond");
        }

        /// <summary>Answers a client must not trust: not a server's, unsynchronised, to another request, short.</summary>
        public static void UntrustedAnswers()
        {
            var request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, Noon);
            long offset;
            string why;
            Expect.True(!SntpPacket.TryReadReply(Reply(request, 0x23, 2, "eebbd840 00000000", "eebbd840 00000000"), 48, request, Noon, out offset, out why) && why.StartsWith("not a server's answer"), "mode 3");
            Expect.True(!SntpPacket.TryReadReply(Reply(request, 0x24, 0, "eebbd840 00000000", "eebbd840 00000000"), 48, request, Noon, out offset, out why) && why.StartsWith("the server is not synchronised"), "stratum 0 (kiss-o'-death)");
            Expect.True(!SntpPacket.TryReadReply(Reply(request, 0xE4, 2, "eebbd840 00000000", "eebbd840 00000000"), 48, request, Noon, out offset, out why) && why.StartsWith("the server is not synchronised"), "leap indicator 3");
            byte[] other = Reply(request, 0x24, 2, "eebbd840 00000000", "eebbd840 00000000");
            other[31] ^= 1;
            Expect.True(!SntpPacket.TryReadReply(other, 48, request, Noon, out offset, out why) && why == "an answer to another request", "originate mismatch");
            Expect.True(!SntpPacket.TryReadReply(Reply(request, 0x24, 2, "eebbd840 00000000", "00000000 00000000"), 48, request, Noon, out offset, out why) && why == "no transmit time", "no transmit time");
            Expect.True(!SntpPacket.TryReadReply(new byte[47], 47, request, Noon, out offset, out why) && why == "a short answer", "47 bytes");
        }

        /// <summary>Past 2036 the seconds wrap (era 1): a server in 2040 is read as 2040, not 1904.</summary>
        public static void SecondsPast2036()
        {
            var request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, Noon);
            // 2040-01-01 00:00:00 is 2^32 + 0x0754FD00 s after 1900.
            byte[] reply = Reply(request, 0x24, 1, "0754fd00 00000000", "0754fd00 00000000");
            long offset;
            string why;
            Expect.True(SntpPacket.TryReadReply(reply, 48, request, Noon, out offset, out why), "accepted");
            Expect.Equal(new System.DateTime(2040, 1, 1).Ticks, Noon.Ticks + offset, "2040");
        }

        // A server's answer to request with the given first byte, stratum and receive / transmit timestamps.
        private static byte[] Reply(byte[] request, int first, int stratum, string receive, string transmit)
        {
            var reply = new byte[SntpPacket.Length];
            reply[0] = (byte)first;
            reply[1] = (byte)stratum;
            System.Array.Copy(request, 40, reply, 24, 8);
            System.Array.Copy(Hex.Bytes(receive), 0, reply, 32, 8);
            System.Array.Copy(Hex.Bytes(transmit), 0, reply, 40, 8);
            return reply;
        }
    }
}
