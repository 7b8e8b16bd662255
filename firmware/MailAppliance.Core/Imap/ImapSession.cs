using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sasl;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// One IMAP4rev1 session (RFC 3501), sans-I/O like SMTP's and POP3's: bytes in through
    /// <see cref="LineSession.Receive"/>, replies out through the session output, mail through
    /// <see cref="IImapStore"/>. Commands may carry literals, synchronising or LITERAL+
    /// (<see cref="CommandAssembler"/>). The selected mailbox's commands are
    /// <see cref="SelectedMailbox"/>'s. Only INBOX exists so far.
    /// </summary>
    public sealed class ImapSession : LineSession
    {
        /// <summary>Longest command line: RFC 7162 §4 asks servers to take 8192 octets; the board's heap allows this much per session.</summary>
        public const int MaxLine = 2048;

        private readonly IImapStore _store;
        private readonly CommandAssembler _command = new CommandAssembler();
        private readonly SaslExchange _sasl = new SaslExchange(false);
        private ImapState _state = ImapState.NotAuthenticated;
        private string _user;
        private string _saslTag;
        private SelectedMailbox _selected;

        public ImapSession(ApplianceModel model, IImapStore store, IClock clock, ITrace trace,
            ISessionOutput output, string remoteAddress, string traceName)
            : base(model, clock, trace, output, IoSizes.Segment, MaxLine, remoteAddress, traceName)
        {
            _store = store;
        }

        public override bool IsClosed
        {
            get { return _state == ImapState.Logout; }
        }

        public override bool IsAuthenticated
        {
            get { return _user != null; }
        }

        protected override void CountSession()
        {
            Statistics.Count(ref Model.Stats.ImapSessions);
        }

        protected override string GreetingReply
        {
            get { return string.Format(ImapReplies.Greeting, Model.ServerName); }
        }

        protected override string BusyReply
        {
            get { return ImapReplies.Busy; }
        }

        protected override string IdleTimeoutReply
        {
            get { return ImapReplies.IdleTimeout; }
        }

        protected override bool InSaslExchange
        {
            get { return _state == ImapState.Authenticating; }
        }

        protected override string ControlCharactersReply
        {
            get { return ImapReplies.ControlCharacters; }
        }

        protected override string TooManyErrorsReply
        {
            get { return ImapReplies.TooManyErrors; }
        }

        public override void Disconnected()
        {
            Channel.Note("client disconnected");
            Close();
        }

        protected override void LineTooLong()
        {
            Channel.Client("(line over " + MaxLine + " bytes)");
            _command.Clear();
            Error(ImapReplies.LineTooLong);
        }

        // A literal's bytes go to the command being gathered.
        protected override int ReceiveContent(byte[] buffer, int offset, int count)
        {
            return _command.InLiteral ? _command.AddLiteral(buffer, offset, count) : -1;
        }

        protected override void SaslLine(string line)
        {
            AuthStep(_sasl.Continue(line));
        }

        protected override void Command(string line)
        {
            bool nonSynchronising;
            long literal = _command.AddLine(line, out nonSynchronising);
            Channel.Client(TraceMask.HideTagged(line) + (literal > 0 ? " (then a literal of " + literal + " bytes, not shown)" : ""));
            if (literal < 0)
            {
                _command.Clear();
                Error(ImapReplies.CommandTooLong);
                return;
            }
            if (literal > 0 || _command.InLiteral)
            {
                if (!nonSynchronising)
                {
                    Channel.Reply(ImapReplies.Continue);
                }
                return;
            }
            string tag;
            string error;
            ImapCommand command = ImapParser.Parse(_command.Segments, _command.Count, out tag, out error);
            _command.Clear();
            if (command == null)
            {
                Error(string.Format(ImapReplies.Bad, tag ?? "*", error));
                return;
            }
            Dispatch(command);
        }

        private void Dispatch(ImapCommand c)
        {
            if (!ImapCommandTable.IsKnown(c.Name))
            {
                Error(string.Format(ImapReplies.UnknownCommand, c.Tag));
                return;
            }
            if (!ImapCommandTable.IsAllowed(c.Name, _state))
            {
                Error(string.Format(ImapReplies.WrongState, c.Tag, c.Name));
                return;
            }
            switch (c.Name)
            {
                case "CAPABILITY":
                    Channel.Reply(ImapReplies.Capability);
                    Done(c);
                    break;
                case "NOOP":
                    // RFC 3501 §6.1.2: NOOP is how a client polls; what others changed is told now.
                    if (_selected != null && !_selected.ReportChanges())
                    {
                        CardFailed();
                        break;
                    }
                    Done(c);
                    break;
                case "LOGOUT":
                    Channel.Reply(ImapReplies.Bye);
                    Channel.Reply(string.Format(ImapReplies.Logout, c.Tag));
                    Close();
                    break;
                case "ID":
                    Channel.Reply(ImapReplies.Id);
                    Done(c);
                    break;
                case "NAMESPACE":
                    Channel.Reply(ImapReplies.Namespace);
                    Done(c);
                    break;
                case "ENABLE":
                    // No extension here needs enabling (RFC 5161 §3.1: the list may be empty).
                    Channel.Reply(ImapReplies.Enabled);
                    Done(c);
                    break;
                case "LOGIN":
                    Login(c);
                    break;
                case "AUTHENTICATE":
                    Authenticate(c);
                    break;
                case "SELECT":
                case "EXAMINE":
                    Select(c);
                    break;
                case "LIST":
                case "LSUB":
                    List(c);
                    break;
                case "STATUS":
                    Status(c);
                    break;
                default:
                    MailboxCommand(c);
                    break;
            }
        }

        private void Login(ImapCommand c)
        {
            if (c.Arguments.Length != 2 || !c.Arguments[0].IsAString || !c.Arguments[1].IsAString)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, "LOGIN takes a user name and a password"));
                return;
            }
            LoggedIn(c.Tag, c.Arguments[0].Text, c.Arguments[1].Text);
        }

        private void Authenticate(ImapCommand c)
        {
            if (c.Arguments.Length < 1 || c.Arguments.Length > 2)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, "AUTHENTICATE takes a mechanism and, with SASL-IR, a response"));
                return;
            }
            _saslTag = c.Tag;
            _state = ImapState.Authenticating;
            AuthStep(_sasl.Start(c.Arguments[0].Text, c.Arguments.Length > 1 ? c.Arguments[1].Text : null));
        }

        private void AuthStep(SaslStep step)
        {
            if (step == SaslStep.Challenge)
            {
                Channel.Reply(string.Format(ImapReplies.SaslChallenge, _sasl.Challenge));
                return;
            }
            _state = ImapState.NotAuthenticated;
            switch (step)
            {
                case SaslStep.UnknownMechanism:
                    Error(string.Format(ImapReplies.UnknownMechanism, _saslTag));
                    return;
                case SaslStep.Cancelled:
                    Error(string.Format(ImapReplies.AuthCancelled, _saslTag));
                    return;
                case SaslStep.Malformed:
                    Error(string.Format(ImapReplies.AuthMalformed, _saslTag));
                    return;
            }
            LoggedIn(_saslTag, _sasl.User, _sasl.Password);
        }

        private void LoggedIn(string tag, string user, string password)
        {
            if (LoginsBlocked)
            {
                Error(string.Format(ImapReplies.LoginsBlocked, tag));
                return;
            }
            _user = CheckLogin(user, password, "imap: authentication failed");
            if (_user == null)
            {
                Error(string.Format(ImapReplies.LoginFailed, tag));
                return;
            }
            _state = ImapState.Authenticated;
            Channel.Reply(string.Format(ImapReplies.LoginOk, tag));
        }

        private void Select(ImapCommand c)
        {
            Deselect();
            _state = ImapState.Authenticated;
            if (c.Arguments.Length != 1 || !c.Arguments[0].IsAString)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, c.Name + " takes a mailbox name"));
                return;
            }
            IImapFolder folder = Open(c);
            if (folder == null)
            {
                return;
            }
            bool readOnly = c.Name == "EXAMINE";
            _selected = new SelectedMailbox(folder, readOnly, Channel, Output);
            _state = ImapState.Selected;
            int unseen = 0;
            for (int i = folder.Count - 1; i >= 0; i--)
            {
                unseen = (folder.FlagsOf(i) & MessageFlags.Seen) == 0 ? i + 1 : unseen;
            }
            Channel.Reply("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)");
            Channel.Reply("* " + folder.Count + " EXISTS");
            Channel.Reply("* 0 RECENT");
            if (unseen > 0)
            {
                Channel.Reply("* OK [UNSEEN " + unseen + "] First unseen message");
            }
            Channel.Reply("* OK [UIDVALIDITY " + folder.UidValidity + "] UIDs valid");
            Channel.Reply("* OK [UIDNEXT " + folder.UidNext + "] Predicted next UID");
            Channel.Reply(readOnly ? ImapReplies.ReadOnlyFlags : ImapReplies.PermanentFlags);
            Channel.Reply(string.Format(readOnly ? ImapReplies.SelectedReadOnly : ImapReplies.SelectedReadWrite, c.Tag, c.Name));
        }

        private void List(ImapCommand c)
        {
            if (c.Arguments.Length != 2 || !c.Arguments[0].IsAString || !c.Arguments[1].IsAString)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, c.Name + " takes a reference and a mailbox pattern"));
                return;
            }
            Channel.Reply(MailboxNames.List(c.Name, c.Arguments[1].Text));
            Done(c);
        }

        private void MailboxCommand(ImapCommand c)
        {
            string text;
            switch (SelectedCommands.Run(_selected, c, out text))
            {
                case SelectedCommands.Ok:
                    Done(c);
                    return;
                case SelectedCommands.Bad:
                    Error(string.Format(ImapReplies.Bad, c.Tag, text));
                    return;
                case SelectedCommands.No:
                    Channel.Reply(text);
                    return;
                case SelectedCommands.CardFailed:
                    CardFailed();
                    return;
                case SelectedCommands.Deselect:
                    Deselect();
                    _state = ImapState.Authenticated;
                    Done(c);
                    return;
                default:
                    Error(string.Format(ImapReplies.UnknownCommand, c.Tag));
                    return;
            }
        }

        // STATUS INBOX (MESSAGES UIDNEXT UIDVALIDITY UNSEEN RECENT), read from a fresh listing.
        private void Status(ImapCommand c)
        {
            if (c.Arguments.Length != 2 || !c.Arguments[0].IsAString || c.Arguments[1].Kind != ImapValue.List)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, "STATUS takes a mailbox name and a list of items"));
                return;
            }
            IImapFolder folder = Open(c);
            if (folder == null)
            {
                return;
            }
            string error;
            string items = StatusItems.Answer(folder, c.Arguments[1].Items, out error);
            folder.Release();
            if (items == null)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, error));
                return;
            }
            Channel.Reply("* STATUS INBOX (" + items + ")");
            Done(c);
        }

        private void Done(ImapCommand c)
        {
            // "UID FETCH completed", not "UID completed".
            string name = c.Name == "UID" ? "UID " + c.Arguments[0].Text.ToUpper() : c.Name;
            Channel.Reply(string.Format(ImapReplies.Ok, c.Tag, name));
        }

        // A literal already under way cannot be finished: the connection ends, as RFC 3501 §7.1.5 allows.
        private void CardFailed()
        {
            Channel.Reply("* BYE [UNAVAILABLE] The SD card failed; reconnect later");
            Close();
        }

        private void Deselect()
        {
            if (_selected != null)
            {
                _selected.Folder.Release();
                _selected = null;
            }
        }

        protected override void Close()
        {
            Deselect();
            if (_state != ImapState.Logout)
            {
                _state = ImapState.Logout;
                Output.Close();
            }
        }

        // The mailbox c's first argument names, or null after the NO saying why not (INBOX is the only one yet).
        private IImapFolder Open(ImapCommand c)
        {
            IImapFolder folder = null;
            StoreResult opened = MailboxNames.IsInbox(c.Arguments[0].Text) ? _store.OpenFolder(_user, "INBOX", out folder) : StoreResult.Refused;
            if (opened != StoreResult.Accepted)
            {
                Channel.Reply(string.Format(opened == StoreResult.TryLater ? ImapReplies.StorageTryLater : ImapReplies.NoSuchMailbox, c.Tag));
                return null;
            }
            return folder;
        }
    }
}
