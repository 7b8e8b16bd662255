using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>The trace header lines put on top of every delivered message (RFC 5321 §4.4).</summary>
    internal static class TraceHeaders
    {
        /// <summary>
        /// "Return-Path:" with the envelope sender (the final delivery's job) and a
        /// "Received:" line. <paramref name="protocol"/> is SMTP, ESMTP or ESMTPA (RFC 3848).
        /// <paramref name="singleRecipient"/> is shown as "for" only when it is the only one,
        /// so a Bcc recipient's address is not shown to the others; null otherwise.
        /// </summary>
        public static string Build(string sender, string heloName, string remoteAddress, string serverName,
            string protocol, string singleRecipient, string date)
        {
            return "Return-Path: <" + sender + ">\r\n"
                + "Received: from " + heloName + " ([" + remoteAddress + "])\r\n\tby "
                + serverName + " (MailAppliance) with " + protocol
                + (singleRecipient != null ? "\r\n\tfor <" + singleRecipient + ">" : "")
                + "; " + date + "\r\n";
        }
    }
}
