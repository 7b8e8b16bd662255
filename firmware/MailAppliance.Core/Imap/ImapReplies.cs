namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The server's fixed texts (RFC 3501 §7, response codes of RFC 5530). "{0}" is the tag of
    /// the command answered. Only what is implemented is announced in CAPABILITY.
    /// </summary>
    internal static class ImapReplies
    {
        public const string Capabilities = "IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN ID ENABLE IDLE UNSELECT NAMESPACE SPECIAL-USE MOVE";

        public const string Greeting = "* OK [CAPABILITY " + Capabilities + "] {0} IMAP4rev1 MailAppliance ready";
        public const string Capability = "* CAPABILITY " + Capabilities;
        public const string Busy = "* BYE [UNAVAILABLE] Too many connections; try again later";
        public const string Evicted = "* BYE [UNAVAILABLE] Another client needs this connection; connect again when you need the mailbox";
        public const string IdleTimeout = "* BYE Autologout: idle for too long";
        public const string TooManyErrors = "* BYE Too many bad commands";
        public const string ControlCharacters = "* BAD Control characters are not allowed in a command";
        public const string LineTooLong = "* BAD Command line too long";
        public const string CommandTooLong = "* BAD [TOOBIG] Command too long";
        public const string Idling = "+ idling";
        public const string AppendSyntax = "APPEND takes a mailbox name, optional (flags) and date-time, and the message as a literal";
        public const string Continue = "+ Ready for literal data";
        public const string SaslChallenge = "+ {0}";
        public const string Bye = "* BYE MailAppliance logging out";
        public const string Id = "* ID (\"name\" \"MailAppliance\")";
        public const string Namespace = "* NAMESPACE ((\"\" \"/\")) NIL NIL";
        public const string Enabled = "* ENABLED";
                public const string ReadOnlyFlags = "* OK [PERMANENTFLAGS ()] Read-only mailbox";

        public const string Ok = "{0} OK {1} completed";
        public const string Bad = "{0} BAD {1}";
        public const string UnknownCommand = "{0} BAD Unknown command";
        public const string WrongState = "{0} BAD {1} is not allowed now";
        public const string LoginOk = "{0} OK [CAPABILITY " + Capabilities + "] Logged in";
        public const string LoginFailed = "{0} NO [AUTHENTICATIONFAILED] Authentication failed";
        public const string LoginsBlocked = "{0} NO [UNAVAILABLE] Too many failed logins from this address; wait a minute";
        public const string AuthCancelled = "{0} BAD Authentication cancelled";
        public const string AuthMalformed = "{0} BAD Authentication data is not valid base64";
        public const string UnknownMechanism = "{0} NO Unsupported authentication mechanism";
        public const string NoSuchMailbox = "{0} NO [NONEXISTENT] No such mailbox";
        public const string TryCreate = "{0} NO [TRYCREATE] No such mailbox";
        public const string AlreadyExists = "{0} NO [ALREADYEXISTS] That mailbox exists already";
        public const string KeywordsFull = "{0} NO [LIMIT] A folder keeps at most 26 keywords";
        public const string OverQuota = "{0} NO [OVERQUOTA] The mailbox is full (the appliance's mailbox quota)";
        public const string TooBig = "{0} NO [TOOBIG] The message is larger than the appliance accepts";
        public const string Cannot = "{0} NO [CANNOT] {1}";
        public const string InboxStays = "{0} NO [CANNOT] INBOX cannot be deleted";
        public const string HasChildren = "{0} NO [HASCHILDREN] The mailbox has folders under it; delete or move them first";
        public const string InUse = "{0} NO [INUSE] The mailbox is selected; CLOSE it first";
        public const string IntoItself = "{0} NO [CANNOT] A mailbox cannot move under itself";
        public const string StorageTryLater = "{0} NO [UNAVAILABLE] The SD card cannot be used now; try again later";
        public const string SelectedReadWrite = "{0} OK [READ-WRITE] {1} completed";
        public const string SelectedReadOnly = "{0} OK [READ-ONLY] {1} completed";
        public const string ReadOnly = "{0} NO [READ-ONLY] The mailbox is open read-only (EXAMINE)";
        public const string Logout = "{0} OK LOGOUT completed";
        public const string BadCharset = "{0} NO [BADCHARSET (US-ASCII UTF-8)] Unsupported charset";
    }
}
