namespace MailAppliance.Core.Pop3
{
    /// <summary>
    /// Every POP3 reply the appliance sends. Bracketed codes are RFC 2449 §8 response codes
    /// (RESP-CODES) and RFC 3206's [AUTH] and [SYS/TEMP].
    /// </summary>
    internal static class Pop3Replies
    {
        public const string Greeting = "+OK {0} POP3 server ready";

        /// <summary>The line that ends a multi-line response (RFC 1939 §3).</summary>
        public const string End = ".";

        // Multi-line responses are built when sent: a static array would take heap from boot on nanoCLR.

        /// <summary>CAPA's response (RFC 2449 §5): one capability a line.</summary>
        public static string[] CapabilityList()
        {
            return new[] { Capabilities, "USER", "UIDL", "TOP", "PIPELINING", "RESP-CODES", "AUTH-RESP-CODE", "SASL PLAIN", "IMPLEMENTATION MailAppliance", End };
        }

        /// <summary>A bare AUTH lists the mechanisms, as many servers do for older clients.</summary>
        public static string[] MechanismList()
        {
            return new[] { Mechanisms, "PLAIN", End };
        }
        public const string Ok = "+OK";
        public const string UserOk = "+OK Send your password";
        public const string LoggedIn = "+OK Logged in, {0} messages ({1} octets)";
        public const string Capabilities = "+OK Capability list follows";
        public const string Mechanisms = "+OK Supported mechanisms follow";
        public const string AuthContinue = "+ ";
        public const string Stat = "+OK {0} {1}";
        public const string ListHeader = "+OK {0} messages ({1} octets)";
        public const string UidlHeader = "+OK Unique-id listing follows";
        public const string ScanLine = "+OK {0} {1}";
        public const string MessageFollows = "+OK {0} octets";
        public const string Deleted = "+OK Message {0} deleted";
        public const string Reset = "+OK {0} messages ({1} octets)";
        public const string Bye = "+OK Bye";
        public const string ByeDeleted = "+OK Bye, {0} messages deleted";

        public const string UnknownCommand = "-ERR Unknown command";
        public const string WrongState = "-ERR Command not valid in this state";
        public const string LineTooLong = "-ERR Line too long";
        public const string ControlCharacters = "-ERR Control characters are not allowed";
        public const string Syntax = "-ERR Syntax: {0}";
        public const string NeedUser = "-ERR Send USER first";
        public const string AuthFailed = "-ERR [AUTH] Invalid user name or password";
        public const string InUse = "-ERR [IN-USE] Mailbox is locked by another session";
        public const string MailboxUnavailable = "-ERR [SYS/TEMP] Mailbox unavailable, try again later";
        public const string ReadFailed = "-ERR [SYS/TEMP] Message cannot be read now";
        public const string DeleteFailed = "-ERR [SYS/TEMP] Some deleted messages were not removed";
        public const string NoSuchMessage = "-ERR No such message";
        public const string AlreadyDeleted = "-ERR Message {0} already deleted";
        public const string UnknownMechanism = "-ERR Unsupported authentication mechanism";
        public const string AuthCancelled = "-ERR Authentication cancelled";
        public const string AuthBadBase64 = "-ERR Cannot decode response";
        public const string Busy = "-ERR [SYS/TEMP] Too many connections, try again later";
        public const string IdleTimeout = "-ERR Idle timeout, closing connection";
        public const string TooManyFailures = "-ERR [AUTH] Too many failed logins";
        public const string LoginsBlocked = "-ERR [SYS/TEMP] Too many failed logins from your address, try again later";
        public const string TooManyErrors = "-ERR Too many bad commands, closing connection";
    }
}
