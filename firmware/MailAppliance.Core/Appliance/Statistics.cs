namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Counters for <c>show statistics</c>; incremented with Interlocked, from any thread. They are
    /// fields, not properties, because Interlocked takes them by <c>ref</c>.
    /// </summary>
    public sealed class Statistics
    {
        public int SmtpSessions;
        public int Pop3Sessions;
        public int ImapSessions;
        public int HttpRequests;
        public int MessagesReceived;
        public int MessagesRetrieved;
        public int AuthFailures;

        /// <summary>Connections told "too many connections" (421 4.3.2, -ERR [SYS/TEMP]) or closed unanswered (DNS over TCP).</summary>
        public int SessionsRefused;

        /// <summary>DNS answers by RCODE 0..14; slot 15 counts the extended codes (BADVERS). Silence is not counted.</summary>
        public readonly int[] DnsByRcode = new int[16];

        /// <summary>DHCP requests by message type 1..8 (index 0 unused).</summary>
        public readonly int[] DhcpByType = new int[9];

        public static void Count(ref int counter)
        {
            System.Threading.Interlocked.Increment(ref counter);
        }

        /// <summary>Counts a DNS answer's RCODE (extended codes are folded into the last slot).</summary>
        public void CountDns(int rcode)
        {
            if (rcode >= 0)
            {
                System.Threading.Interlocked.Increment(ref DnsByRcode[rcode < 16 ? rcode : 15]);
            }
        }

        /// <summary>Counts a DHCP request by its message type; unknown types are not counted.</summary>
        public void CountDhcp(int type)
        {
            if (type >= 1 && type <= 8)
            {
                System.Threading.Interlocked.Increment(ref DhcpByType[type]);
            }
        }
    }
}
