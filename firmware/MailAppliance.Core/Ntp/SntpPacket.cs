using MailAppliance.Core.Text;

namespace MailAppliance.Core.Ntp
{
    /// <summary>
    /// SNTP (RFC 4330) as the appliance's client speaks it: a 48-byte request, and the checks on
    /// the answer the RFC asks of a client (§5): a server's answer (mode 4) to this very request
    /// (its originate timestamp is our transmit timestamp), synchronised (leap indicator not 3,
    /// stratum 1-15) and with a transmit time. The clock offset is ((T2 - T1) + (T3 - T4)) / 2.
    /// </summary>
    public static class SntpPacket
    {
        public const int Length = 48;

        /// <summary>The NTP port (RFC 4330 §4).</summary>
        public const int Port = 123;

        private const int OriginateOffset = 24;
        private const int ReceiveOffset = 32;
        private const int TransmitOffset = 40;

        // Seconds from 1900-01-01 (NTP's era 0) to 0001-01-01, as DateTime ticks.
        private static long Era0Ticks()
        {
            return new System.DateTime(1900, 1, 1).Ticks;
        }

        /// <summary>Writes a client request sent at <paramref name="now"/> (T1) into <paramref name="buffer"/>.</summary>
        public static void WriteRequest(byte[] buffer, System.DateTime now)
        {
            System.Array.Clear(buffer, 0, Length);
            buffer[0] = (4 << 3) | 3; // LI 0, version 4, mode 3 (client)
            WriteTimestamp(buffer, TransmitOffset, now);
        }

        /// <summary>
        /// Reads the server's answer to <paramref name="request"/>, received at <paramref name="received"/>
        /// (T4): true with how far the local clock is behind the server's, or false with
        /// <paramref name="why"/> the answer is not one to trust.
        /// </summary>
        public static bool TryReadReply(byte[] reply, int length, byte[] request, System.DateTime received, out long offsetTicks, out string why)
        {
            offsetTicks = 0;
            if (length < Length)
            {
                why = "a short answer";
                return false;
            }
            int leap = reply[0] >> 6;
            int mode = reply[0] & 7;
            int stratum = reply[1];
            if (mode != 4)
            {
                why = "not a server's answer (mode " + mode + ")";
                return false;
            }
            if (leap == 3 || stratum == 0 || stratum > 15)
            {
                why = "the server is not synchronised (stratum " + stratum + ")";
                return false;
            }
            for (int i = 0; i < 8; i++)
            {
                if (reply[OriginateOffset + i] != request[TransmitOffset + i])
                {
                    why = "an answer to another request";
                    return false;
                }
            }
            if (NetworkOrder.Read32(reply, TransmitOffset) == 0)
            {
                why = "no transmit time";
                return false;
            }
            long t1 = ReadTimestamp(request, TransmitOffset);
            long t2 = ReadTimestamp(reply, ReceiveOffset);
            long t3 = ReadTimestamp(reply, TransmitOffset);
            long t4 = received.Ticks;
            offsetTicks = ((t2 - t1) + (t3 - t4)) / 2;
            why = null;
            return true;
        }

        // RFC 4330 §3: seconds and a binary fraction since 1900; seconds with the top bit clear are
        // past 2036 (era 1).
        private static long ReadTimestamp(byte[] packet, int offset)
        {
            long seconds = NetworkOrder.Read32(packet, offset);
            long fraction = NetworkOrder.Read32(packet, offset + 4);
            if (seconds < 0x80000000L)
            {
                seconds += 0x100000000L;
            }
            return Era0Ticks() + seconds * System.TimeSpan.TicksPerSecond + (fraction * System.TimeSpan.TicksPerSecond >> 32);
        }

        private static void WriteTimestamp(byte[] packet, int offset, System.DateTime time)
        {
            long ticks = time.Ticks - Era0Ticks();
            long seconds = ticks / System.TimeSpan.TicksPerSecond;
            long fraction = ((ticks % System.TimeSpan.TicksPerSecond) << 32) / System.TimeSpan.TicksPerSecond;
            NetworkOrder.Write32(packet, offset, (uint)seconds);
            NetworkOrder.Write32(packet, offset + 4, (uint)fraction);
        }
    }
}
