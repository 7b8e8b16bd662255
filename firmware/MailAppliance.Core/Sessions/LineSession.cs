using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// What the command-line mail protocols (SMTP, POP3, and IMAP next) share: bytes cut into
    /// command lines, commands counted for the command deadline, a line with a control byte
    /// refused, SASL lines kept out of the trace, bad commands counted until the session is
    /// closed, a login checked against the users and the per-address throttle, and all that one
    /// received chunk asked for sent as one write (pipelining, RFC 2920 and RFC 2449). A protocol
    /// keeps only its grammar and its state, through the abstract members.
    /// </summary>
    public abstract class LineSession : ISession
    {
        protected readonly ApplianceModel Model;
        protected readonly IClock Clock;
        protected readonly string RemoteAddress;
        // Replies are gathered and sent once per received chunk.
        protected readonly BufferedOutput Output;
        protected readonly ReplyChannel Channel;
        private readonly LineReader _lines;
        private int _commandsReceived;
        private int _errors;

        /// <param name="outputCapacity"><see cref="IoSizes.Reply"/>, or <see cref="IoSizes.Segment"/> for a protocol that streams bodies.</param>
        protected LineSession(ApplianceModel model, IClock clock, ITrace trace, ISessionOutput output, int outputCapacity, string remoteAddress, string traceName)
            : this(model, clock, trace, output, outputCapacity, model.Limits.MaxCommandLine, remoteAddress, traceName)
        {
        }

        /// <param name="maxLine">The longest command line taken (IMAP's are longer than <see cref="MailLimits.MaxCommandLine"/>).</param>
        protected LineSession(ApplianceModel model, IClock clock, ITrace trace, ISessionOutput output, int outputCapacity, int maxLine, string remoteAddress, string traceName)
        {
            Model = model;
            Clock = clock;
            RemoteAddress = remoteAddress;
            Output = new BufferedOutput(output, outputCapacity);
            Channel = new ReplyChannel(Output, trace, traceName);
            _lines = new LineReader(maxLine);
        }

        public abstract bool IsClosed { get; }

        public abstract bool IsAuthenticated { get; }

        public virtual int CommandInProgress
        {
            get { return _lines.HasPartialLine ? _commandsReceived + 1 : 0; }
        }

        /// <summary>Command lines received so far.</summary>
        protected int CommandsReceived
        {
            get { return _commandsReceived; }
        }

        /// <summary>True while part of a command line has come.</summary>
        protected bool HasPartialLine
        {
            get { return _lines.HasPartialLine; }
        }

        public void Start()
        {
            CountSession();
            Channel.Reply(GreetingReply);
            Output.Flush();
        }

        public void RejectBusy()
        {
            Channel.Reply(BusyReply);
            Close();
        }

        // The idle timer ends the session (RFC 5321 §4.5.3.2, RFC 1939 §3: without entering UPDATE).
        public void TimedOut()
        {
            Channel.Reply(IdleTimeoutReply);
            Close();
        }

        public void Evict()
        {
            Channel.Note("closed to make room for a new connection (all sessions in use)");
            Channel.Reply(EvictedReply);
            Close();
        }

        /// <summary>What an evicted client is told; only IMAP's sessions are evicted.</summary>
        protected virtual string EvictedReply
        {
            get { return BusyReply; }
        }

        public abstract void Disconnected();

        public virtual void Poll()
        {
        }

        public void Receive(byte[] buffer, int offset, int count)
        {
            int end = offset + count;
            while (offset < end && !IsClosed)
            {
                int taken = ReceiveContent(buffer, offset, end - offset);
                if (taken >= 0)
                {
                    offset += taken;
                    continue;
                }
                int used;
                bool complete = _lines.Feed(buffer, offset, end - offset, out used);
                offset += used;
                if (!complete)
                {
                    continue;
                }
                _commandsReceived++;
                if (_lines.Overflowed)
                {
                    LineTooLong();
                }
                else if (_lines.HasControl)
                {
                    // A CR inside a command would forge lines wherever it is echoed (RFC 5321 §4.1.2 has no controls).
                    Channel.Client(TraceMask.Hide(_lines.Line));
                    Error(ControlCharactersReply);
                }
                else if (InSaslExchange)
                {
                    Channel.Client("(authentication data hidden)");
                    SaslLine(_lines.Line);
                }
                else
                {
                    Command(_lines.Line);
                }
            }
            // Everything this chunk asked for is answered: it leaves as one send.
            Output.Flush();
        }

        /// <summary>Takes bytes as message content instead of a command line (SMTP's DATA); -1 while reading commands.</summary>
        protected virtual int ReceiveContent(byte[] buffer, int offset, int count)
        {
            return -1;
        }

        /// <summary>Counts the session in the appliance's statistics.</summary>
        protected abstract void CountSession();

        /// <summary>The greeting (SMTP 220, POP3 +OK).</summary>
        protected abstract string GreetingReply { get; }

        /// <summary>The reply to a client over the session cap, before the connection closes.</summary>
        protected abstract string BusyReply { get; }

        /// <summary>The reply to a client that stayed silent too long, before the connection closes.</summary>
        protected abstract string IdleTimeoutReply { get; }

        /// <summary>True while a SASL exchange (AUTH) waits for the client's next line.</summary>
        protected abstract bool InSaslExchange { get; }

        /// <summary>The reply to a command line holding a control byte.</summary>
        protected abstract string ControlCharactersReply { get; }

        /// <summary>The reply that ends a session after <see cref="MailLimits.MaxErrors"/> bad commands.</summary>
        protected abstract string TooManyErrorsReply { get; }

        /// <summary>A command line longer than <see cref="MailLimits.MaxCommandLine"/> was received.</summary>
        protected abstract void LineTooLong();

        /// <summary>The client's next line of a SASL exchange.</summary>
        protected abstract void SaslLine(string line);

        /// <summary>One command line, without its line end.</summary>
        protected abstract void Command(string line);

        /// <summary>Ends the session: what the protocol holds is given back, and the connection is closed.</summary>
        protected abstract void Close();

        /// <summary>Replies to a bad command; the <see cref="MailLimits.MaxErrors"/>th closes the session.</summary>
        protected void Error(string reply)
        {
            Channel.Reply(reply);
            _errors++;
            if (_errors >= Model.Limits.MaxErrors && !IsClosed)
            {
                Channel.Reply(TooManyErrorsReply);
                Close();
            }
        }

        /// <summary>True while the client's address may not log in (<see cref="LoginThrottle"/>).</summary>
        protected bool LoginsBlocked
        {
            get { return Model.Logins.IsBlocked(RemoteAddress, Clock.UtcNow); }
        }

        /// <summary>
        /// Checks a login: the mailbox it opens, or null after the failure is counted, logged
        /// ("<paramref name="logPrefix"/> for USER from ADDRESS") and paused for as the throttle says.
        /// </summary>
        protected string CheckLogin(string user, string password, string logPrefix)
        {
            string mailbox = Model.Users.Authenticate(user, password);
            if (mailbox == null)
            {
                Statistics.Count(ref Model.Stats.AuthFailures);
                Model.Log.Add(logPrefix + " for " + Model.Users.NameForLog(user) + " from " + RemoteAddress);
                Output.Delay(Model.Logins.Failed(RemoteAddress, Clock.UtcNow, Model.Limits.AuthFailureDelayMilliseconds, Model.Log));
                return null;
            }
            Model.Logins.Succeeded(RemoteAddress);
            return mailbox;
        }
    }
}
