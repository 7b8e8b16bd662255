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
    public sealed class SmtpSession : ISession
    {
        private readonly ApplianceModel _model;
        private readonly IMailStore _store;
        private readonly IClock _clock;
        // Replies are gathered and sent once per received chunk (BufferedOutput).
        private readonly BufferedOutput _output;
        private readonly string _remoteAddress;
        private readonly ReplyChannel _channel;
        private readonly LineReader _lines;
        private readonly DataReceiver _data = new DataReceiver();

        private SmtpState _state = SmtpState.Connected;
        private string _heloName;
        private bool _extended;
        private string _authenticatedUser;
        private readonly SaslExchange _sasl = new SaslExchange(true);
        private int _errors;
        private int _commandsReceived;

        private string _sender;
        private string[] _mailboxes;
        private int _mailboxCount;
        private string _firstRecipient;
        private IMessageWriter _writer;

        public SmtpSession(ApplianceModel model, IMailStore store, IClock clock, ITrace trace,
            ISessionOutput output, string remoteAddress, string traceName)
        {
            _model = model;
            _store = store;
            _clock = clock;
            _output = new BufferedOutput(output, IoSizes.Reply);
            _remoteAddress = remoteAddress;
            _channel = new ReplyChannel(_output, trace, traceName);
            _lines = new LineReader(model.Limits.MaxCommandLine);
            _mailboxes = StringArrays.New(4);
        }

        public bool IsClosed
        {
            get { return _state == SmtpState.Closed; }
        }

        public bool IsAuthenticated
        {
            get { return _authenticatedUser != null; }
        }

        public int CommandInProgress
        {
            get
            {
                bool partial = _state == SmtpState.Data ? _data.HasPartialLine : _lines.HasPartialLine;
                return partial ? _commandsReceived + _data.LinesReceived + 1 : 0;
            }
        }

        public void Start()
        {
            Statistics.Count(ref _model.Stats.SmtpSessions);
            _channel.Reply(string.Format(SmtpReplies.Greeting, _model.ServerName));
            _output.Flush();
        }

        public void RejectBusy()
        {
            _channel.Reply(SmtpReplies.Busy);
            Close();
        }

        public void TimedOut()
        {
            _channel.Reply(string.Format(SmtpReplies.IdleTimeout, _model.ServerName));
            Close();
        }

        public void Disconnected()
        {
            _channel.Note("client disconnected");
            Close();
        }

        public void Receive(byte[] buffer, int offset, int count)
        {
            int end = offset + count;
            while (offset < end && _state != SmtpState.Closed)
            {
                if (_state == SmtpState.Data)
                {
                    offset += _data.Feed(buffer, offset, end - offset);
                    if (_data.Finished)
                    {
                        EndData();
                    }
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
                    _channel.Client("(line over " + _model.Limits.MaxCommandLine + " bytes)");
                    Error(SmtpReplies.LineTooLong);
                }
                else if (_lines.HasControl)
                {
                    // A CR inside EHLO's name would forge a header line in Received: (RFC 5321 §4.1.2 has no controls).
                    _channel.Client(TraceMask.Hide(_lines.Line));
                    Error(SmtpReplies.ControlCharacters);
                }
                else if (_state == SmtpState.Auth)
                {
                    _channel.Client("(authentication data hidden)");
                    AuthStep(_sasl.Continue(_lines.Line));
                }
                else
                {
                    Command(_lines.Line);
                }
            }
            // Everything this chunk asked for is answered: it leaves as one send (RFC 2920 pipelining).
            _output.Flush();
        }

        private void Command(string line)
        {
            int space = line.IndexOfAny(Ascii.Blanks);
            string verb = (space < 0 ? line : line.Substring(0, space)).ToUpper();
            string argument = space < 0 ? "" : line.Substring(space + 1);
            _channel.Client(TraceMask.Hide(line));

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
                    _channel.Reply(SmtpReplies.Ok);
                    break;
                case "NOOP":
                    _channel.Reply(SmtpReplies.Ok);
                    break;
                case "VRFY":
                    _channel.Reply(SmtpReplies.Vrfy);
                    break;
                case "HELP":
                    _channel.Reply(SmtpReplies.Help);
                    break;
                default:
                    _channel.Reply(SmtpReplies.Bye);
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
            _state = SmtpState.Ready;
            _heloName = name;
            _extended = verb == "EHLO";
            if (!_extended)
            {
                _channel.Reply(string.Format(SmtpReplies.Helo, _model.ServerName));
                return;
            }
            _channel.Reply("250-" + _model.ServerName);
            _channel.Reply("250-PIPELINING");
            _channel.Reply("250-SIZE " + _model.Limits.MaxMessageSize);
            _channel.Reply("250-8BITMIME");
            _channel.Reply("250-ENHANCEDSTATUSCODES");
            _channel.Reply("250 AUTH PLAIN LOGIN");
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
            if (_model.Limits.RequireAuth && _authenticatedUser == null)
            {
                Error(SmtpReplies.AuthRequired);
                return;
            }
            string refusal = MailParameters.Check(parameters, _model.Limits.MaxMessageSize);
            if (refusal != null)
            {
                Error(refusal);
                return;
            }
            _sender = address;
            _state = SmtpState.Mail;
            _channel.Reply(SmtpReplies.SenderOk);
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
            string refusal = LocalRecipients.Resolve(_model, address, out mailbox);
            if (refusal != null)
            {
                Error(refusal);
                return;
            }
            if (_mailboxCount >= _model.Limits.MaxRecipients)
            {
                _channel.Reply(SmtpReplies.TooManyRecipients);
                return;
            }
            if (OverQuota(mailbox, 0))
            {
                _channel.Reply(string.Format(SmtpReplies.MailboxFull, address));
                return;
            }
            AddMailbox(mailbox);
            if (_firstRecipient == null)
            {
                _firstRecipient = address;
            }
            _state = SmtpState.Recipient;
            _channel.Reply(SmtpReplies.RecipientOk);
        }

        // client1@mail.com and client1@mt.com are one mailbox: it gets one copy.
        private void AddMailbox(string mailbox)
        {
            for (int i = 0; i < _mailboxCount; i++)
            {
                if (_mailboxes[i] == mailbox)
                {
                    return;
                }
            }
            if (_mailboxCount == _mailboxes.Length)
            {
                _mailboxes = StringArrays.Resize(_mailboxes, _mailboxes.Length * 2);
            }
            _mailboxes[_mailboxCount++] = mailbox;
        }

        private void Data(string argument)
        {
            if (argument.Trim().Length > 0)
            {
                Error(string.Format(SmtpReplies.NoParameters, "DATA"));
                return;
            }
            if (_store.BeginMessage(out _writer) != StoreResult.Accepted)
            {
                _writer = null;
                Error(SmtpReplies.StorageTryLater);
                return;
            }
            string protocol = (_extended ? "ESMTP" : "SMTP") + (_authenticatedUser != null ? "A" : "");
            byte[] headers = Ascii.GetBytes(TraceHeaders.Build(_sender, _heloName, _remoteAddress, _model.ServerName,
                protocol, _mailboxCount == 1 ? _firstRecipient : null, _clock.UtcNow));
            if (_writer.Append(headers, 0, headers.Length) != StoreResult.Accepted)
            {
                AbortMessage();
                Error(SmtpReplies.StorageTryLater);
                return;
            }
            _data.Begin(_writer, _model.Limits.MaxMessageSize, AddedHeaders.Date(_clock.UtcNow), AddedHeaders.MessageId(_model, _clock.UtcNow));
            _state = SmtpState.Data;
            _channel.Reply(SmtpReplies.StartData);
        }

        private void EndData()
        {
            _channel.Client("(message content, " + _data.Size + " bytes)");
            _channel.Client(".");
            string reply;
            if (_data.TooBig)
            {
                reply = SmtpReplies.MessageTooBig;
            }
            else if (_data.LineTooLong)
            {
                reply = SmtpReplies.MessageLineTooLong;
            }
            else if (AnyOverQuota(_data.Size))
            {
                reply = SmtpReplies.MessageOverQuota;
            }
            else if (_data.StoreOutcome != StoreResult.Accepted || _writer.Commit(_mailboxes, _mailboxCount) != StoreResult.Accepted)
            {
                reply = SmtpReplies.StorageTryLater;
            }
            else
            {
                _writer = null;
                reply = SmtpReplies.Queued;
                Statistics.Count(ref _model.Stats.MessagesReceived);
                _model.Log.Add("smtp: message from <" + _sender + "> delivered to " + _mailboxCount + " mailbox(es), " + _data.Size + " bytes");
            }
            ResetTransaction();
            _state = SmtpState.Ready;
            if (reply == SmtpReplies.Queued)
            {
                _channel.Reply(reply);
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
            _state = SmtpState.Auth;
            AuthStep(_sasl.Start(words[0], words.Length > 1 ? words[1] : null));
        }

        private void AuthStep(SaslStep step)
        {
            if (step == SaslStep.Challenge)
            {
                _channel.Reply(string.Format(SmtpReplies.AuthChallenge, _sasl.Challenge));
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
            if (_model.Logins.IsBlocked(_remoteAddress, _clock.UtcNow))
            {
                Error(SmtpReplies.LoginsBlocked);
                return;
            }
            _authenticatedUser = _model.Users.Authenticate(_sasl.User, _sasl.Password);
            if (_authenticatedUser == null)
            {
                Statistics.Count(ref _model.Stats.AuthFailures);
                _model.Log.Add("smtp: authentication failed for " + _model.Users.NameForLog(_sasl.User) + " from " + _remoteAddress);
                _output.Delay(_model.Logins.Failed(_remoteAddress, _clock.UtcNow, _model.Limits.AuthFailureDelayMilliseconds, _model.Log));
                Error(SmtpReplies.AuthFailed);
                return;
            }
            _model.Logins.Succeeded(_remoteAddress);
            _channel.Reply(SmtpReplies.AuthOk);
        }

        // The quota counts what the mailbox holds plus what this message would add.
        private bool OverQuota(string mailbox, long adding)
        {
            long quota = _model.Limits.MailboxQuota;
            int count;
            long bytes;
            if (quota <= 0 || _store.MailboxUsage(mailbox, out count, out bytes) != StoreResult.Accepted)
            {
                return false;
            }
            return adding == 0 ? bytes >= quota : bytes + adding > quota;
        }

        private bool AnyOverQuota(long size)
        {
            for (int i = 0; i < _mailboxCount; i++)
            {
                if (OverQuota(_mailboxes[i], size))
                {
                    return true;
                }
            }
            return false;
        }

        private void ResetTransaction()
        {
            AbortMessage();
            _sender = null;
            _mailboxCount = 0;
            _firstRecipient = null;
            if (_state != SmtpState.Connected)
            {
                _state = SmtpState.Ready;
            }
        }

        private void AbortMessage()
        {
            if (_writer != null)
            {
                _writer.Abort();
                _writer = null;
            }
        }

        // Every refused command counts; past the limit the session ends (RFC 5321 §4.3.2 allows 421 at any time).
        private void Error(string reply)
        {
            _channel.Reply(reply);
            _errors++;
            if (_errors >= _model.Limits.MaxErrors && _state != SmtpState.Closed)
            {
                _channel.Reply(string.Format(SmtpReplies.TooManyErrors, _model.ServerName));
                Close();
            }
        }


        private void Close()
        {
            AbortMessage();
            if (_state != SmtpState.Closed)
            {
                _state = SmtpState.Closed;
                _output.Close();
            }
        }
    }
}
