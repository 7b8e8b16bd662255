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
            Channel.Client(Masked(line) + (literal > 0 ? " (then a literal of " + literal + " bytes, not shown)" : ""));
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
            IImapFolder folder = null;
            StoreResult opened = IsInbox(c.Arguments[0].Text) ? _store.OpenFolder(_user, "INBOX", out folder) : StoreResult.Refused;
            if (opened != StoreResult.Accepted)
            {
                Channel.Reply(string.Format(opened == StoreResult.TryLater ? ImapReplies.StorageTryLater : ImapReplies.NoSuchMailbox, c.Tag));
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

        // LIST "" "*" and its kin: INBOX is the only mailbox yet.
        private void List(ImapCommand c)
        {
            if (c.Arguments.Length != 2 || !c.Arguments[0].IsAString || !c.Arguments[1].IsAString)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, c.Name + " takes a reference and a mailbox pattern"));
                return;
            }
            string pattern = c.Arguments[1].Text;
            if (pattern.Length == 0)
            {
                // RFC 3501 §6.3.8: an empty pattern asks for the hierarchy delimiter.
                Channel.Reply("* " + c.Name + " (\\Noselect) \"/\" \"\"");
            }
            else if (MatchesInbox(pattern))
            {
                Channel.Reply(string.Format(ImapReplies.ListInbox, c.Name));
            }
            Done(c);
        }

        private void MailboxCommand(ImapCommand c)
        {
            string name = c.Name;
            ImapValue[] args = c.Arguments;
            bool byUid = name == "UID";
            if (byUid)
            {
                if (args.Length == 0)
                {
                    Error(string.Format(ImapReplies.Bad, c.Tag, "UID needs a command"));
                    return;
                }
                name = args[0].Text.ToUpper();
                var rest = new ImapValue[args.Length - 1];
                System.Array.Copy(args, 1, rest, 0, rest.Length);
                args = rest;
            }
            switch (name)
            {
                case "CLOSE":
                case "UNSELECT":
                    if (name == "CLOSE" && !_selected.ReadOnly && !_selected.Expunge(true))
                    {
                        CardFailed();
                        return;
                    }
                    Deselect();
                    _state = ImapState.Authenticated;
                    Done(c);
                    return;
                case "EXPUNGE":
                    if (_selected.ReadOnly)
                    {
                        Channel.Reply(string.Format(ImapReplies.ReadOnly, c.Tag));
                        return;
                    }
                    if (!_selected.Expunge(false))
                    {
                        CardFailed();
                        return;
                    }
                    Done(c);
                    return;
                case "FETCH":
                    Fetch(c, args, byUid);
                    return;
                case "STORE":
                    Store(c, args, byUid);
                    return;
                case "SEARCH":
                    Search(c, args, byUid);
                    return;
            }
            Error(string.Format(ImapReplies.UnknownCommand, c.Tag));
        }

        private void Fetch(ImapCommand c, ImapValue[] args, bool byUid)
        {
            string error = null;
            bool[] chosen = args.Length == 2 && args[0].Kind == ImapValue.Atom ? _selected.Resolve(args[0].Text, byUid) : null;
            FetchRequest request = chosen == null ? null : FetchRequest.Parse(args[1], byUid, out error);
            if (request == null)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, error ?? "FETCH takes a sequence set and the items to fetch"));
                return;
            }
            if (!_selected.Fetch(chosen, request))
            {
                CardFailed();
                return;
            }
            Done(c);
        }

        // SEARCH [CHARSET name] keys: the matching message numbers, or UIDs for UID SEARCH.
        private void Search(ImapCommand c, ImapValue[] args, bool byUid)
        {
            if (args.Length >= 2 && args[0].Text.ToUpper() == "CHARSET")
            {
                string charset = args[1].Text.ToUpper();
                if (charset != "US-ASCII" && charset != "UTF-8")
                {
                    Channel.Reply(c.Tag + " NO [BADCHARSET (US-ASCII UTF-8)] Unsupported charset");
                    return;
                }
                var rest = new ImapValue[args.Length - 2];
                System.Array.Copy(args, 2, rest, 0, rest.Length);
                args = rest;
            }
            string error;
            IImapFolder folder = _selected.Folder;
            bool[] matched = SearchCriteria.Match(args, folder, out error);
            if (matched == null)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, error));
                return;
            }
            string found = "* SEARCH";
            for (int i = 0; i < matched.Length; i++)
            {
                if (matched[i])
                {
                    found += " " + (byUid ? folder.UidOf(i) : i + 1);
                }
            }
            Channel.Reply(found);
            Done(c);
        }

        // STATUS INBOX (MESSAGES UIDNEXT UIDVALIDITY UNSEEN RECENT), read from a fresh listing.
        private void Status(ImapCommand c)
        {
            if (c.Arguments.Length != 2 || !c.Arguments[0].IsAString || c.Arguments[1].Kind != ImapValue.List)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, "STATUS takes a mailbox name and a list of items"));
                return;
            }
            IImapFolder folder = null;
            StoreResult opened = IsInbox(c.Arguments[0].Text) ? _store.OpenFolder(_user, "INBOX", out folder) : StoreResult.Refused;
            if (opened != StoreResult.Accepted)
            {
                Channel.Reply(string.Format(opened == StoreResult.TryLater ? ImapReplies.StorageTryLater : ImapReplies.NoSuchMailbox, c.Tag));
                return;
            }
            string items = "";
            ImapValue[] asked = c.Arguments[1].Items;
            for (int i = 0; i < asked.Length; i++)
            {
                string item = asked[i].Text.ToUpper();
                long value;
                switch (item)
                {
                    case "MESSAGES":
                        value = folder.Count;
                        break;
                    case "UIDNEXT":
                        value = folder.UidNext;
                        break;
                    case "UIDVALIDITY":
                        value = folder.UidValidity;
                        break;
                    case "RECENT":
                        value = 0;
                        break;
                    case "UNSEEN":
                        value = 0;
                        for (int m = 0; m < folder.Count; m++)
                        {
                            value += (folder.FlagsOf(m) & MessageFlags.Seen) == 0 ? 1 : 0;
                        }
                        break;
                    default:
                        folder.Release();
                        Error(string.Format(ImapReplies.Bad, c.Tag, "Unknown STATUS item " + asked[i].Text));
                        return;
                }
                items += (items.Length > 0 ? " " : "") + item + " " + value;
            }
            folder.Release();
            Channel.Reply("* STATUS INBOX (" + items + ")");
            Done(c);
        }

        // STORE set (FLAGS|+FLAGS|-FLAGS)[.SILENT] (flags) or a single flag.
        private void Store(ImapCommand c, ImapValue[] args, bool byUid)
        {
            bool[] chosen = args.Length == 3 && args[0].Kind == ImapValue.Atom ? _selected.Resolve(args[0].Text, byUid) : null;
            string item = args.Length == 3 ? args[1].Text.ToUpper() : "";
            bool silent = item.EndsWith(".SILENT");
            string action = silent ? item.Substring(0, item.Length - 7) : item;
            char mode = action == "FLAGS" ? '=' : action == "+FLAGS" ? '+' : action == "-FLAGS" ? '-' : ' ';
            int flags = chosen == null || mode == ' ' ? -1 : FlagBits(args[2]);
            if (flags < 0)
            {
                Error(string.Format(ImapReplies.Bad, c.Tag, "STORE takes a sequence set, FLAGS, +FLAGS or -FLAGS (.SILENT), and system flags"));
                return;
            }
            if (_selected.ReadOnly)
            {
                Channel.Reply(string.Format(ImapReplies.ReadOnly, c.Tag));
                return;
            }
            if (!_selected.Store(chosen, mode, flags, silent, byUid))
            {
                CardFailed();
                return;
            }
            Done(c);
        }

        // The bits of a flag list or a single flag; -1 when one is not a system flag (keywords are not kept yet).
        private static int FlagBits(ImapValue value)
        {
            ImapValue[] items = value.Kind == ImapValue.List ? value.Items : new ImapValue[] { value };
            int flags = 0;
            for (int i = 0; i < items.Length; i++)
            {
                int flag = MessageFlags.Parse(items[i].Text);
                if (flag == 0)
                {
                    return -1;
                }
                flags |= flag;
            }
            return flags;
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

        private static bool IsInbox(string name)
        {
            return name.ToUpper() == "INBOX";
        }

        // '*' and '%' match anything (RFC 3501 §6.3.8); INBOX is matched case-insensitively.
        private static bool MatchesInbox(string pattern)
        {
            string upper = pattern.ToUpper();
            if (upper == "*" || upper == "%" || upper == "INBOX")
            {
                return true;
            }
            int star = upper.IndexOfAny(new char[] { '*', '%' });
            return star >= 0 && "INBOX".StartsWith(upper.Substring(0, star)) && star == upper.Length - 1;
        }

        // The trace shows LOGIN's password and AUTHENTICATE's initial response as hidden.
        private static string Masked(string line)
        {
            string[] words = line.Split(' ');
            if (words.Length >= 3 && (words[1].ToUpper() == "LOGIN" && words.Length >= 4 || words[1].ToUpper() == "AUTHENTICATE" && words.Length >= 4))
            {
                return words[0] + " " + words[1] + " " + words[2] + TraceMask.Hidden;
            }
            return line;
        }
    }
}
