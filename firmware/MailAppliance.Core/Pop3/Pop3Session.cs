using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sasl;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Pop3
{
    /// <summary>
    /// One POP3 session (RFC 1939, CAPA from RFC 2449, AUTH PLAIN from RFC 5034), sans-I/O.
    /// Deletions are only marked until QUIT (RFC 1939 §6, UPDATE state); a dropped
    /// connection removes nothing.
    /// </summary>
    public sealed class Pop3Session : LineSession
    {
        private readonly IMailStore _store;
        private readonly DotStuffingWriter _stuffer;
        private readonly SaslExchange _sasl = new SaslExchange(false);

        private Pop3State _state = Pop3State.Authorization;
        private string _user;
        private string _lockedMailbox;
        private Pop3Maildrop _maildrop;
        private byte[] _readBuffer;
        private int _authFailures;

        public Pop3Session(ApplianceModel model, IMailStore store, IClock clock, ITrace trace, ISessionOutput output, string remoteAddress, string traceName)
            : base(model, clock, trace, output, IoSizes.Segment, remoteAddress, traceName)
        {
            _store = store;
            _stuffer = new DotStuffingWriter(Output);
        }

        public override bool IsClosed
        {
            get { return _state == Pop3State.Closed; }
        }

        public override bool IsAuthenticated
        {
            get { return _state == Pop3State.Transaction; }
        }

        protected override void CountSession()
        {
            Statistics.Count(ref Model.Stats.Pop3Sessions);
        }

        protected override string GreetingReply
        {
            get { return string.Format(Pop3Replies.Greeting, Model.ServerName); }
        }

        protected override string BusyReply
        {
            get { return Pop3Replies.Busy; }
        }

        protected override string IdleTimeoutReply
        {
            get { return Pop3Replies.IdleTimeout; }
        }

        public override void Disconnected()
        {
            // Released before it is reported: whoever acts on the trace line finds the mailbox free.
            ReleaseMailbox();
            Channel.Note("client disconnected; nothing deleted");
            Close();
        }

        protected override bool InSaslExchange
        {
            get { return _state == Pop3State.Auth; }
        }

        protected override string ControlCharactersReply
        {
            get { return Pop3Replies.ControlCharacters; }
        }

        protected override string TooManyErrorsReply
        {
            get { return Pop3Replies.TooManyErrors; }
        }

        protected override void LineTooLong()
        {
            Error(Pop3Replies.LineTooLong);
        }

        protected override void SaslLine(string line)
        {
            AuthStep(_sasl.Continue(line));
        }

        protected override void Command(string line)
        {
            string[] words = line.Trim().Split(Ascii.Blanks);
            string verb = words[0].ToUpper();
            Channel.Client(TraceMask.Hide(line));
            if (!Pop3CommandTable.IsKnown(verb))
            {
                Error(Pop3Replies.UnknownCommand);
                return;
            }
            string refusal = Pop3CommandTable.Refusal(verb, _state);
            if (refusal != null)
            {
                Error(refusal);
                return;
            }
            switch (verb)
            {
                case "CAPA":
                    Channel.Reply(Pop3Replies.CapabilityList());
                    return;
                case "QUIT":
                    Quit();
                    return;
                case "NOOP":
                    Channel.Reply(Pop3Replies.Ok);
                    return;
                case "USER":
                    User(words);
                    return;
                case "PASS":
                    Pass(line);
                    return;
                case "AUTH":
                    Auth(words);
                    return;
                default:
                    Transaction(verb, words);
                    return;
            }
        }

        private void User(string[] words)
        {
            if (words.Length != 2 || words[1].Length == 0)
            {
                Error(string.Format(Pop3Replies.Syntax, "USER name"));
                return;
            }
            _user = words[1];
            Channel.Reply(Pop3Replies.UserOk);
        }

        // The password is the rest of the line: RFC 1939 §7 lets it contain spaces.
        private void Pass(string line)
        {
            if (_user == null)
            {
                Error(Pop3Replies.NeedUser);
                return;
            }
            string password = line.Length > 5 ? line.Substring(5) : "";
            string user = _user;
            _user = null;
            Login(user, password);
        }

        private void Auth(string[] words)
        {
            if (words.Length == 1)
            {
                // A bare AUTH lists the mechanisms, as many servers do for older clients.
                Channel.Reply(Pop3Replies.MechanismList());
                return;
            }
            if (words.Length > 3)
            {
                Error(string.Format(Pop3Replies.Syntax, "AUTH mechanism [initial-response]"));
                return;
            }
            _state = Pop3State.Auth;
            AuthStep(_sasl.Start(words[1], words.Length > 2 ? words[2] : null));
        }

        private void AuthStep(SaslStep step)
        {
            if (step == SaslStep.Challenge)
            {
                Channel.Reply(Pop3Replies.AuthContinue + _sasl.Challenge);
                return;
            }
            _state = Pop3State.Authorization;
            switch (step)
            {
                case SaslStep.UnknownMechanism:
                    Error(Pop3Replies.UnknownMechanism);
                    return;
                case SaslStep.Cancelled:
                    Error(Pop3Replies.AuthCancelled);
                    return;
                case SaslStep.Malformed:
                    Error(Pop3Replies.AuthBadBase64);
                    return;
            }
            Login(_sasl.User, _sasl.Password);
        }

        private void Login(string user, string password)
        {
            if (LoginsBlocked)
            {
                Channel.Reply(Pop3Replies.LoginsBlocked);
                Close();
                return;
            }
            string mailbox = CheckLogin(user, password, "pop3: login failed");
            if (mailbox == null)
            {
                Channel.Reply(Pop3Replies.AuthFailed);
                _authFailures++;
                if (_authFailures >= Model.Limits.MaxAuthFailures)
                {
                    Channel.Reply(Pop3Replies.TooManyFailures);
                    Close();
                }
                return;
            }
            if (!Model.Locks.TryAcquire(mailbox))
            {
                Channel.Reply(Pop3Replies.InUse);
                return;
            }
            IMailbox opened;
            if (_store.OpenMailbox(mailbox, out opened) != StoreResult.Accepted)
            {
                Model.Locks.Release(mailbox);
                Channel.Reply(Pop3Replies.MailboxUnavailable);
                return;
            }
            _lockedMailbox = mailbox;
            _maildrop = new Pop3Maildrop(opened);
            _state = Pop3State.Transaction;
            Channel.Reply(string.Format(Pop3Replies.LoggedIn, _maildrop.Count, _maildrop.LiveSize));
        }

        private void Transaction(string verb, string[] words)
        {
            if (verb == "STAT" || verb == "RSET")
            {
                if (verb == "RSET")
                {
                    _maildrop.Reset();
                }
                Channel.Reply(string.Format(verb == "STAT" ? Pop3Replies.Stat : Pop3Replies.Reset, _maildrop.LiveCount, _maildrop.LiveSize));
                return;
            }
            if ((verb == "LIST" || verb == "UIDL") && words.Length == 1)
            {
                Listing(verb == "UIDL");
                return;
            }
            int expected = verb == "TOP" ? 3 : 2;
            int index;
            if (words.Length != expected || !TryMessage(words[1], out index))
            {
                if (words.Length != expected)
                {
                    Error(string.Format(Pop3Replies.Syntax, verb + (verb == "TOP" ? " msg n" : " msg")));
                }
                return;
            }
            long lines = -1;
            if (verb == "TOP" && !Numbers.TryParse(words[2], out lines))
            {
                Error(string.Format(Pop3Replies.Syntax, "TOP msg n"));
                return;
            }
            switch (verb)
            {
                case "LIST":
                    Channel.Reply(string.Format(Pop3Replies.ScanLine, index + 1, _maildrop.Mailbox.SizeOf(index)));
                    break;
                case "UIDL":
                    Channel.Reply(string.Format(Pop3Replies.ScanLine, index + 1, _maildrop.Mailbox.UidOf(index)));
                    break;
                case "DELE":
                    _maildrop.Delete(index);
                    Channel.Reply(string.Format(Pop3Replies.Deleted, index + 1));
                    break;
                default:
                    SendMessage(index, lines);
                    break;
            }
        }

        private void Listing(bool uids)
        {
            Channel.Reply(uids ? Pop3Replies.UidlHeader : string.Format(Pop3Replies.ListHeader, _maildrop.LiveCount, _maildrop.LiveSize));
            IMailbox box = _maildrop.Mailbox;
            for (int i = 0; i < _maildrop.Count; i++)
            {
                if (!_maildrop.IsDeleted(i))
                {
                    Channel.Reply((i + 1) + " " + (uids ? box.UidOf(i) : box.SizeOf(i).ToString()));
                }
            }
            Channel.Reply(Pop3Replies.End);
        }

        // Reads the first chunk before answering, so an unreadable file is a clean -ERR.
        private void SendMessage(int index, long bodyLines)
        {
            if (_readBuffer == null)
            {
                _readBuffer = new byte[IoSizes.CardRead];
            }
            int n = _maildrop.Mailbox.Read(index, 0, _readBuffer, 0, _readBuffer.Length);
            if (n < 0)
            {
                Channel.Reply(Pop3Replies.ReadFailed);
                return;
            }
            Channel.Reply(string.Format(Pop3Replies.MessageFollows, _maildrop.Mailbox.SizeOf(index)));
            // What is held goes before the body, whose chunks are sent as they are read.
            Output.Flush();
            Channel.Sent("(message " + (index + 1) + ")");
            _stuffer.Begin(bodyLines);
            if (!_maildrop.Stream(index, _readBuffer, n, _stuffer))
            {
                // Half a response cannot be taken back: end the session, deleting nothing.
                Channel.Note("card read failed during RETR; closing");
                Close();
                return;
            }
            _stuffer.End();
            if (bodyLines < 0)
            {
                Statistics.Count(ref Model.Stats.MessagesRetrieved);
            }
            Channel.Sent(".");
        }

        private bool TryMessage(string text, out int index)
        {
            long number;
            index = -1;
            if (!Numbers.TryParse(text, out number) || number < 1 || number > _maildrop.Count)
            {
                Error(Pop3Replies.NoSuchMessage);
                return false;
            }
            if (_maildrop.IsDeleted((int)number - 1))
            {
                Error(string.Format(Pop3Replies.AlreadyDeleted, number));
                return false;
            }
            index = (int)number - 1;
            return true;
        }

        private void Quit()
        {
            if (_state != Pop3State.Transaction)
            {
                Channel.Reply(Pop3Replies.Bye);
                Close();
                return;
            }
            // RFC 1939 §6: the UPDATE state removes the messages marked as deleted.
            int marked = _maildrop.MarkedCount;
            StoreResult result = _maildrop.Update();
            // Released before the reply: a client reconnecting the moment it reads +OK finds the mailbox free.
            ReleaseMailbox();
            Channel.Reply(result == StoreResult.Accepted ? string.Format(Pop3Replies.ByeDeleted, marked) : Pop3Replies.DeleteFailed);
            Close();
        }

        private void ReleaseMailbox()
        {
            if (_maildrop != null)
            {
                _maildrop.Mailbox.Release();
                _maildrop = null;
            }
            if (_lockedMailbox != null)
            {
                Model.Locks.Release(_lockedMailbox);
                _lockedMailbox = null;
            }
        }

        protected override void Close()
        {
            ReleaseMailbox();
            if (_state != Pop3State.Closed)
            {
                _state = Pop3State.Closed;
                Output.Close();
            }
        }
    }
}
