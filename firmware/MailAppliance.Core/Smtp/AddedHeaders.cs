using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// The header lines the server adds when the client's message has none (RFC 5322 §3.6: one
    /// Date: and, should, one Message-ID:), as submission servers do (RFC 6409 §8.2-8.3): a student
    /// typing a message by hand sends neither, and mail clients then show no date or an odd one.
    /// </summary>
    internal static class AddedHeaders
    {
        /// <summary>"Date: ..." with CRLF, <paramref name="date"/> as <see cref="Stamp"/> made it.</summary>
        public static byte[] Date(string date)
        {
            return Ascii.GetBytes("Date: " + date + "\r\n");
        }

        /// <summary>
        /// The date for Date: and Received:, with a comment when the appliance's clock was never
        /// set (RFC 5322 §3.3 allows one after the zone), so no 1970 date passes unexplained.
        /// </summary>
        public static string Stamp(IClock clock)
        {
            return Rfc5322Date.Format(clock.UtcNow) + (ApplianceClock.IsUnset(clock) ? " (appliance clock not set)" : "");
        }

        /// <summary>"Message-ID: &lt;time.sequence@server&gt;" with CRLF (RFC 5322 §3.6.4), unique on this server.</summary>
        public static byte[] MessageId(ApplianceModel model, System.DateTime utcNow)
        {
            int sequence = System.Threading.Interlocked.Increment(ref model.MessageIdSequence);
            return Ascii.GetBytes("Message-ID: <" + Numbers.ToHex(utcNow.Ticks, 16) + "." + Numbers.ToHex(sequence, 4) + "@" + model.ServerName + ">\r\n");
        }
    }
}
