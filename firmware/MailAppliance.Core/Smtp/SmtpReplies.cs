namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// Every SMTP reply the appliance sends. Enhanced status codes (RFC 3463) are on every
    /// 2xx/4xx/5xx reply except the greeting and HELO/EHLO (RFC 2034 §3).
    /// </summary>
    internal static class SmtpReplies
    {
        public const string Greeting = "220 {0} ESMTP MailAppliance";
        public const string Helo = "250 {0}";

        /// <summary>
        /// EHLO's reply (RFC 5321 §4.1.1.1): the server's name, then one extension a line. Built
        /// when sent: a static array would take heap from boot on nanoCLR.
        /// </summary>
        public static string[] Ehlo(string serverName, long maxMessageSize)
        {
            return new[] { "250-" + serverName, "250-PIPELINING", "250-SIZE " + maxMessageSize, "250-8BITMIME", "250-ENHANCEDSTATUSCODES", "250 AUTH PLAIN LOGIN" };
        }
        public const string Ok = "250 2.0.0 Ok";
        public const string SenderOk = "250 2.1.0 Ok";
        public const string RecipientOk = "250 2.1.5 Ok";
        public const string Queued = "250 2.0.0 Ok: queued";
        public const string Bye = "221 2.0.0 Bye";
        public const string Help = "214 2.0.0 Commands: HELO EHLO MAIL RCPT DATA RSET NOOP QUIT VRFY HELP AUTH";
        public const string Vrfy = "252 2.5.0 Cannot VRFY user, but will accept message and attempt delivery";
        public const string StartData = "354 End data with <CR><LF>.<CR><LF>";
        public const string AuthOk = "235 2.7.0 Authentication successful";
        public const string AuthChallenge = "334 {0}";

        public const string Busy = "421 4.3.2 Too many connections, try again later";
        public const string IdleTimeout = "421 4.4.2 {0} Error: timeout exceeded";
        public const string TooManyErrors = "421 4.7.0 {0} Error: too many errors";
        public const string LoginsBlocked = "454 4.7.0 Too many failed logins from your address, try again later";
        public const string StorageTryLater = "452 4.3.1 Insufficient system storage";
        public const string TooManyRecipients = "452 4.5.3 Error: too many recipients";
        public const string MailboxFull = "452 4.2.2 <{0}>: Mailbox full";
        public const string MessageOverQuota = "552 5.2.2 Mailbox full";

        public const string UnknownCommand = "500 5.5.2 Error: command not recognized";
        public const string LineTooLong = "500 5.5.6 Error: line too long";
        public const string MessageLineTooLong = "500 5.6.0 Error: message line longer than 1000 octets";
        public const string ControlCharacters = "501 5.5.2 Error: control characters are not allowed";
        public const string SyntaxHelo = "501 5.5.4 Syntax: {0} hostname";
        public const string SyntaxMail = "501 5.5.4 Syntax: MAIL FROM:<address>";
        public const string SyntaxRcpt = "501 5.5.4 Syntax: RCPT TO:<address>";
        public const string BadSenderAddress = "501 5.1.7 Bad sender address syntax";
        public const string BadRecipientAddress = "501 5.1.3 Bad recipient address syntax";
        public const string NoParameters = "501 5.5.4 Syntax: {0} takes no parameters";
        public const string BadSize = "501 5.5.4 Bad SIZE parameter";
        public const string AuthCancelled = "501 5.7.0 Authentication cancelled";
        public const string AuthBadBase64 = "501 5.5.2 Cannot decode response";
        public const string SyntaxAuth = "501 5.5.4 Syntax: AUTH mechanism [initial-response]";
        public const string NeedHelo = "503 5.5.1 Error: send HELO/EHLO first";
        public const string NestedMail = "503 5.5.1 Error: nested MAIL command";
        public const string NeedMail = "503 5.5.1 Error: need MAIL command";
        public const string NeedRecipient = "503 5.5.1 Error: need RCPT command";
        public const string AlreadyAuthenticated = "503 5.5.1 Error: already authenticated";
        public const string AuthInTransaction = "503 5.5.1 Error: MAIL transaction in progress";
        public const string UnknownMechanism = "504 5.5.4 Unrecognized authentication type";
        public const string AuthRequired = "530 5.7.0 Authentication required";
        public const string AuthFailed = "535 5.7.8 Error: authentication failed";
        public const string UnknownUser = "550 5.1.1 <{0}>: Recipient address rejected: User unknown";
        public const string MessageTooBig = "552 5.3.4 Message size exceeds fixed limit";
        public const string RelayDenied = "554 5.7.1 <{0}>: Relay access denied";
        public const string NoValidRecipients = "554 5.5.1 Error: no valid recipients";
        public const string UnknownParameter = "555 5.5.4 Unsupported option: {0}";
    }
}
