using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sasl;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// One SMTP session (RFC 5321 with SIZE, 8BITMIME, PIPELINING, ENHANCEDSTATUSCODES and
    /// AUTH PLAIN/LOGIN), sans-I/O: bytes in through <see cref="Receive"/>, replies out
    /// through <see cref="ISessionOutput"/>, messages out through <see cref="IMailStore"/>.
    /// </summary>
    public sealed class SmtpSession : LineSession
    {
        private readonly IncomingMessage _message;

        private SmtpState _state = SmtpState.Connected;
        // The verb of the command being answered, for the state table.
        private string _verb;
        private string _heloName;
        private bool _extended;
        private string _authenticatedUser;
        private readonly SaslExchange _sasl = new SaslExchange(true);

        private readonly SmtpEnvelope _envelope = new SmtpEnvelope();
        private readonly MailboxQuota _quota;

        public SmtpSession(ApplianceModel model, IMailStore store, IClock clock, ITrace trace,
            ISessionOutput output, string remoteAddress, string traceName)
            : base(model, clock, trace, output, IoSizes.Reply, remoteAddress, traceName)
        {
            _message = new IncomingMessage(store);
            _quota = new MailboxQuota(model, store);
        }

        public override bool IsClosed
        {
            get { return _state == SmtpState.Closed; }
        }

        public override bool IsAuthenticated
        {
            get { return _authenticatedUser != null; }
        }

        public override int CommandInProgress
        {
            get
            {
                bool partial = _state == SmtpState.Data ? _message.HasPartialLine : HasPartialLine;
                return partial ? CommandsReceived + _message.LinesReceived + 1 : 0;
            }
        }

        protected override void CountSession()
        {
            Statistics.Count(ref Model.Stats.SmtpSessions);
        }

        protected override string GreetingReply
        {
            get { return string.Format(SmtpReplies.Greeting, Model.ServerName); }
        }

        protected override string BusyReply
        {
            get { return SmtpReplies.Busy; }
        }

        protected override string IdleTimeoutReply
        {
            get { return string.Format(SmtpReplies.IdleTimeout, Model.ServerName); }
        }

        public override void Disconnected()
        {
            Channel.Note("client disconnected");
            Close();
        }

        protected override int ReceiveContent(byte[] buffer, int offset, int count)
        {
            if (_state != SmtpState.Data)
            {
                return -1;
            }
            int used = _message.Feed(buffer, offset, count);
            if (_message.Finished)
            {
                EndData();
            }
            return used;
        }

        protected override bool InSaslExchange
        {
            get { return _state == SmtpState.Auth; }
        }

        protected override string ControlCharactersReply
        {
            get { return SmtpReplies.ControlCharacters; }
        }

        protected override string TooManyErrorsReply
        {
            get { return string.Format(SmtpReplies.TooManyErrors, Model.ServerName); }
        }

        protected override void LineTooLong()
        {
            Channel.Client("(line over " + Model.Limits.MaxCommandLine + " bytes)");
            Error(SmtpReplies.LineTooLong);
        }

        protected override void SaslLine(string line)
        {
            AuthStep(_sasl.Continue(line));
        }

        protected override void Command(string line)
        {
            int space = line.IndexOfAny(Ascii.Blanks);
            string verb = (space < 0 ? line : line.Substring(0, space)).ToUpper();
            string argument = space < 0 ? "" : line.Substring(space + 1);
            Channel.Client(TraceMask.Hide(line));
            _verb = verb;

            if (!SmtpCommandTable.IsKnown(verb))
            {
                Error(SmtpReplies.UnknownCommand);
                return;
            }
            string refusal = SmtpCommandTable.Refusal(verb, _state);
            if (refusal != null)
            {
                Error(refusal);
                return;
            }
            switch (verb)
            {
                case "HELO":
                case "EHLO":
                    Hello(verb, argument.Trim());
                    break;
                case "MAIL":
                    Mail(argument);
                    break;
                case "RCPT":
                    Recipient(argument);
                    break;
                case "DATA":
                    Data(argument);
                    break;
                case "AUTH":
                    Auth(argument);
                    break;
                case "RSET":
                    ResetTransaction();
                    Accepted();
                    Channel.Reply(SmtpReplies.Ok);
                    break;
                case "NOOP":
                    Channel.Reply(SmtpReplies.Ok);
                    break;
                case "VRFY":
                    Channel.Reply(SmtpReplies.Vrfy);
                    break;
                case "HELP":
                    Channel.Reply(SmtpReplies.Help);
                    break;
                default:
                    Channel.Reply(SmtpReplies.Bye);
                    Close();
                    break;
            }
        }

        // RFC 5321 §4.1.4: EHLO/HELO may come again at any time and resets the transaction.
        private void Hello(string verb, string name)
        {
            if (name.Length == 0)
            {
                Error(string.Format(SmtpReplies.SyntaxHelo, verb));
                return;
            }
            ResetTransaction();
            Accepted();
            _heloName = name;
            _extended = verb == "EHLO";
            if (!_extended)
            {
                Channel.Reply(string.Format(SmtpReplies.Helo, Model.ServerName));
                return;
            }
            Channel.Reply(SmtpReplies.Ehlo(Model.ServerName, Model.Limits.MaxMessageSize));
        }

        private void Mail(string argument)
        {
            string address;
            string parameters;
            if (!Ascii.StartsWithIgnoreCase(argument, "FROM:"))
            {
                Error(SmtpReplies.SyntaxMail);
                return;
            }
            if (!SmtpPath.TryParse(argument.Substring(5), out address, out parameters))
            {
                Error(SmtpReplies.BadSenderAddress);
                return;
            }
            if (Model.Limits.RequireAuth && _authenticatedUser == null)
            {
                Error(SmtpReplies.AuthRequired);
                return;
            }
            string refusal = MailParameters.Check(parameters, Model.Limits.MaxMessageSize);
            if (refusal != null)
            {
                Error(refusal);
                return;
            }
            _envelope.Sender = address;
            Accepted();
            Channel.Reply(SmtpReplies.SenderOk);
        }

        private void Recipient(string argument)
        {
            string address;
            string parameters;
            if (!Ascii.StartsWithIgnoreCase(argument, "TO:"))
            {
                Error(SmtpReplies.SyntaxRcpt);
                return;
            }
            if (!SmtpPath.TryParse(argument.Substring(3), out address, out parameters) || address.Length == 0)
            {
                Error(SmtpReplies.BadRecipientAddress);
                return;
            }
            if (parameters.Length > 0)
            {
                Error(string.Format(SmtpReplies.UnknownParameter, parameters));
                return;
            }
            string mailbox;
            string refusal = LocalRecipients.Resolve(Model, address, out mailbox);
            if (refusal != null)
            {
                Error(refusal);
                return;
            }
            if (_envelope.MailboxCount >= Model.Limits.MaxRecipients)
            {
                Channel.Reply(SmtpReplies.TooManyRecipients);
                return;
            }
            if (_quota.IsFull(mailbox))
            {
                Channel.Reply(string.Format(SmtpReplies.MailboxFull, address));
                return;
            }
            _envelope.AddRecipient(address, mailbox);
            Accepted();
            Channel.Reply(SmtpReplies.RecipientOk);
        }

        private void Data(string argument)
        {
            if (argument.Trim().Length > 0)
            {
                Error(string.Format(SmtpReplies.NoParameters, "DATA"));
                return;
            }
            string protocol = (_extended ? "ESMTP" : "SMTP") + (_authenticatedUser != null ? "A" : "");
            string date = AddedHeaders.Stamp(Clock);
            byte[] traceHeaders = Ascii.GetBytes(TraceHeaders.Build(_envelope.Sender, _heloName, RemoteAddress, Model.ServerName,
                protocol, _envelope.MailboxCount == 1 ? _envelope.FirstRecipient : null, date));
            if (!_message.Begin(traceHeaders, Model.Limits.MaxMessageSize, AddedHeaders.Date(date), AddedHeaders.MessageId(Model, Clock.UtcNow)))
            {
                Error(SmtpReplies.StorageTryLater);
                return;
            }
            Accepted();
            Channel.Reply(SmtpReplies.StartData);
        }

        private void EndData()
        {
            Channel.Client("(message content, " + _message.Size + " bytes)");
            Channel.Client(".");
            string reply = _message.Finish(_envelope, _quota);
            if (reply == SmtpReplies.Queued)
            {
                Statistics.Count(ref Model.Stats.MessagesReceived);
                Model.Log.Add("smtp: message from <" + _envelope.Sender + "> delivered to " + _envelope.MailboxCount + " mailbox(es), " + _message.Size + " bytes");
            }
            ResetTransaction();
            _state = SmtpState.Ready;
            if (reply == SmtpReplies.Queued)
            {
                Channel.Reply(reply);
            }
            else
            {
                Error(reply);
            }
        }

        private void Auth(string argument)
        {
            if (_authenticatedUser != null)
            {
                Error(SmtpReplies.AlreadyAuthenticated);
                return;
            }
            string[] words = argument.Trim().Split(Ascii.Blanks);
            if (words[0].Length == 0 || words.Length > 2)
            {
                Error(SmtpReplies.SyntaxAuth);
                return;
            }
            Accepted();
            AuthStep(_sasl.Start(words[0], words.Length > 1 ? words[1] : null));
        }

        private void AuthStep(SaslStep step)
        {
            if (step == SaslStep.Challenge)
            {
                Channel.Reply(string.Format(SmtpReplies.AuthChallenge, _sasl.Challenge));
                return;
            }
            _state = SmtpState.Ready;
            switch (step)
            {
                case SaslStep.UnknownMechanism:
                    Error(SmtpReplies.UnknownMechanism);
                    return;
                case SaslStep.Cancelled:
                    Error(SmtpReplies.AuthCancelled);
                    return;
                case SaslStep.Malformed:
                    Error(SmtpReplies.AuthBadBase64);
                    return;
            }
            if (LoginsBlocked)
            {
                Error(SmtpReplies.LoginsBlocked);
                return;
            }
            _authenticatedUser = CheckLogin(_sasl.User, _sasl.Password, "smtp: authentication failed");
            if (_authenticatedUser == null)
            {
                Error(SmtpReplies.AuthFailed);
                return;
            }
            Channel.Reply(SmtpReplies.AuthOk);
        }

        // The current command was accepted: the session moves on as the table says.
        private void Accepted()
        {
            _state = SmtpCommandTable.Next(_verb, _state);
        }

        private void ResetTransaction()
        {
            _message.Abort();
            _envelope.Clear();
        }

        protected override void Close()
        {
            _message.Abort();
            if (_state != SmtpState.Closed)
            {
                _state = SmtpState.Closed;
                Output.Close();
            }
        }
    }
}
