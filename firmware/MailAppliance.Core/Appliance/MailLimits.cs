namespace MailAppliance.Core.Appliance
{
    /// <summary>The mail service's configurable limits, with defaults sized for an ESP32.</summary>
    public sealed class MailLimits : IConnectionLimits
    {
        /// <summary>Largest message accepted, in bytes as stored (SIZE, RFC 1870). Default 10 MB.</summary>
        public long MaxMessageSize { get; set; } = 10 * 1024 * 1024;

        /// <summary>Largest mailbox in bytes; 0 for no quota. A delivery that would pass it is refused (552 5.2.2).</summary>
        public long MailboxQuota { get; set; }

        /// <summary>Recipients per message. RFC 5321 §4.5.3.1.8 asks servers to take at least 100; a classroom needs fewer.</summary>
        public int MaxRecipients { get; set; } = 50;

        /// <summary>Longest command line without CRLF. RFC 5321 §4.5.3.1.4: 512 octets including CRLF.</summary>
        public int MaxCommandLine { get; set; } = 510;

        /// <summary>Seconds a session may stay silent. RFC 5321 §4.5.3.2.7 suggests 5 minutes.</summary>
        public int IdleTimeoutSeconds { get; set; } = 300;

        /// <summary>
        /// Seconds from a command's first byte to its end (and per line of a message). RFC 5321
        /// §4.5.3.2 gives a client minutes per command; a lab's clients send a command in one
        /// segment, and a student typing in a character-mode telnet finishes a line in well
        /// under a minute, while a client trickling bytes to hold the slot is cut off.
        /// </summary>
        public int CommandTimeoutSeconds { get; set; } = 60;

        /// <summary>
        /// Seconds a reply may wait for the client to read it. A client that stops reading
        /// (a RETR into a full receive window) would otherwise hold its session for ever.
        /// </summary>
        public int SendTimeoutSeconds { get; set; } = 30;

        /// <summary>
        /// Mail sessions without a login from one client address. A lab PC needs one
        /// of each (Thunderbird checks POP3 while sending); one address cannot fill the cap.
        /// </summary>
        public int MaxSessionsPerAddress { get; set; } = 2;

        /// <summary>
        /// Refused commands before an SMTP or POP3 session is closed: Postfix's
        /// smtpd_hard_error_limit and Dovecot's bad-command limit are 20. At 10, nmap's relay scan
        /// (16 refused relay attempts in one session) was cut off and reported a false result.
        /// </summary>
        public int MaxErrors { get; set; } = 20;

        /// <summary>
        /// SMTP, POP3 and IMAP sessions open at once, over all three. lwIP on the ESP32 has 16
        /// sockets in all (shared/NANOFRAMEWORK.md): 5 are the appliance's own (SMTP, POP3 and
        /// DNS-TCP listeners, the DNS and DHCP datagram sockets), 2 the DNS forwarder's queries in
        /// flight, 2 the DNS-TCP sessions, 2 the connections waiting for a slot and 1 a busy reply
        /// being sent: 4 are left for mail. IMAP and HTTP listeners will take from these.
        /// </summary>
        public int MaxSessions { get; set; } = 4;

        /// <summary>
        /// Seconds an IMAP session (idle, or in IDLE) may stay silent. RFC 3501 §5.4 asks for at
        /// least 30 minutes, the default; a teacher may shorten it. When the sessions are all in
        /// use, the longest-idle IMAP session makes room for a newcomer anyway (Platform's
        /// SessionLimiter), so a long timeout does not lock a lab out.
        /// </summary>
        public int ImapIdleTimeoutSeconds { get; set; } = 1800;

        /// <summary>The limits the web server's connections run under (<see cref="HttpConnectionLimits"/>).</summary>
        public IConnectionLimits Http
        {
            get { return new HttpConnectionLimits(this); }
        }

        /// <summary>The limits IMAP's connections run under: these, with IMAP's idle timeout.</summary>
        public IConnectionLimits Imap
        {
            get { return new ImapConnectionLimits(this); }
        }

        /// <summary>Failed logins before a session is closed.</summary>
        public int MaxAuthFailures { get; set; } = 3;

        /// <summary>Pause before answering a failed login, to slow password guessing.</summary>
        public int AuthFailureDelayMilliseconds { get; set; } = 1000;

        /// <summary>When true, SMTP MAIL needs a successful AUTH first. Off, as in the lab.</summary>
        public bool RequireAuth { get; set; }

        int IConnectionLimits.MaxSessions
        {
            get { return MaxSessions; }
        }

        int IConnectionLimits.IdleTimeoutSeconds
        {
            get { return IdleTimeoutSeconds; }
        }

        int IConnectionLimits.CommandTimeoutSeconds
        {
            get { return CommandTimeoutSeconds; }
        }

        int IConnectionLimits.SendTimeoutSeconds
        {
            get { return SendTimeoutSeconds; }
        }

        int IConnectionLimits.MaxSessionsPerAddress
        {
            get { return MaxSessionsPerAddress; }
        }
    }
}
