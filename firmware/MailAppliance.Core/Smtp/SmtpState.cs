namespace MailAppliance.Core.Smtp
{
    /// <summary>Where an SMTP session is (RFC 5321 §4.1.4 orders the commands).</summary>
    internal enum SmtpState
    {
        /// <summary>Greeted, but the client has not said HELO/EHLO.</summary>
        Connected,

        /// <summary>After HELO/EHLO, no transaction open.</summary>
        Ready,

        /// <summary>MAIL accepted, no recipient yet.</summary>
        Mail,

        /// <summary>At least one recipient accepted.</summary>
        Recipient,

        /// <summary>Inside DATA: bytes are message content until CRLF.CRLF.</summary>
        Data,

        /// <summary>Reading the continuation lines of an AUTH exchange.</summary>
        Auth,

        /// <summary>Closing; nothing more is read.</summary>
        Closed
    }
}
