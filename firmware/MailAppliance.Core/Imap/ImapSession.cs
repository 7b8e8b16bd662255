using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sasl;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// One IMAP4rev1 session (RFC 3501), sans-I/O like SMTP's and POP3's: bytes in through
    /// <see cref="LineSession.Receive"/>, replies out through the session output, mail through
    /// <see cref="IImapStore"/>. Commands may carry literals, synchronising or LITERAL+
    /// (<see cref="CommandAssembler"/>); APPEND's message literal is streamed to the card
    /// (<see cref="AppendUpload"/>). Folder commands are <see cref="FolderCommands"/>'s, the
    /// selected mailbox's <see cref="SelectedCommands"/>'. This file is the connection's side
    /// (lines, literals, APPEND's upload, IDLE, closing); ImapSession.Commands.cs runs the commands.
    /// </summary>
    public sealed partial class ImapSession : LineSession
    {
        /// <summary>Longest command line: RFC 7162 §4 asks servers to take 8192 octets; the board's heap allows this much per session.</summary>
        public const int MaxLine = 2048;

        private readonly IImapStore _store;
        private readonly MailboxQuota _quota;
        private readonly CommandAssembler _command = new CommandAssembler();
        private readonly SaslExchange _sasl = new SaslExchange(false);
        private ImapState _state = ImapState.NotAuthenticated;
        private string _user;
        private string _saslTag;
        private SelectedMailbox _selected;
        private FolderCommands _folders;
        private AppendUpload _upload;
        private string _idleTag;
        private int _literalChunks;

        public ImapSession(ApplianceModel model, IImapStore store, IClock clock, ITrace trace,
            ISessionOutput output, string remoteAddress, string traceName)
            : base(model, clock, trace, output, IoSizes.Segment, MaxLine, remoteAddress, traceName)
        {
            _store = store;
            _quota = new MailboxQuota(model, store);
        }

        public override bool IsClosed
        {
            get { return _state == ImapState.Logout; }
        }

        public override bool IsAuthenticated
        {
            get { return _user != null; }
        }

        /// <summary>
        /// While a literal comes (APPEND's message), a negative number that changes with each chunk: each
        /// gets the command timeout, as each line of SMTP's DATA does, and the session is never
        /// taken for an idle one (SessionLimiter evicts only those at 0).
        /// </summary>
        public override int CommandInProgress
        {
            get { return _upload != null || _command.InLiteral ? -1 - _literalChunks : base.CommandInProgress; }
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

        protected override string EvictedReply
        {
            get { return ImapReplies.Evicted; }
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

        // A literal's bytes go to APPEND's message, or to the command being gathered.
        protected override int ReceiveContent(byte[] buffer, int offset, int count)
        {
            if (_upload != null && _upload.InLiteral)
            {
                _literalChunks++;
                return _upload.Take(buffer, offset, count);
            }
            if (_command.InLiteral)
            {
                _literalChunks++;
                return _command.AddLiteral(buffer, offset, count);
            }
            return -1;
        }

        protected override void SaslLine(string line)
        {
            AuthStep(_sasl.Continue(line));
        }

        protected override void Command(string line)
        {
            if (_upload != null)
            {
                Channel.Client(line.Length == 0 ? "(end of the APPEND)" : line);
                FinishUpload(line);
                return;
            }
            if (_idleTag != null)
            {
                Channel.Client(line);
                EndIdle(line);
                return;
            }
            long size;
            bool nonSynchronising;
            if (ImapParser.EndsInLiteral(line, out size, out nonSynchronising) && StartedUpload(line, size, nonSynchronising))
            {
                return;
            }
            long literal = _command.AddLine(line, out nonSynchronising);
            Channel.Client(TraceMask.HideTagged(line) + (literal > 0 ? " (then a literal of " + literal + " bytes, not shown)" : ""));
            if (literal < 0)
            {
                string first = _command.Segments[0];
                _command.Clear();
                if (nonSynchronising)
                {
                    // RFC 7888 §4: the literal comes anyway; it is read and thrown away, then refused.
                    _upload = AppendUpload.Refused(ImapParser.TagOf(first), size, Outcome.Bad, "[TOOBIG] Command too long");
                    return;
                }
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

        /// <summary>While the client IDLEs, tells it what others changed in its mailbox (RFC 2177).</summary>
        public override void Poll()
        {
            if (_idleTag != null && _selected != null && !_selected.ReportChanges())
            {
                CardFailed();
            }
            Output.Flush();
        }

        private void EndIdle(string line)
        {
            string tag = _idleTag;
            _idleTag = null;
            if (line.ToUpper() != "DONE")
            {
                Error(string.Format(ImapReplies.Bad, tag, "IDLE ends with DONE"));
                return;
            }
            Channel.Reply(string.Format(ImapReplies.Ok, tag, "IDLE"));
        }

        // APPEND mailbox [(flags)] [date-time] {size}: a line ending in a literal that may be a
        // message is read as far as the literal; if it is APPEND, the literal is the message.
        private bool StartedUpload(string line, long size, bool nonSynchronising)
        {
            var segments = StringArrays.Resize(_command.Segments, _command.Count + 1);
            segments[_command.Count] = line.Substring(0, line.LastIndexOf('{')).TrimEnd();
            string tag;
            string error;
            ImapCommand c = ImapParser.Parse(segments, _command.Count + 1, out tag, out error);
            if (c == null || c.Name != "APPEND")
            {
                return false;
            }
            _command.Clear();
            Channel.Client(TraceMask.HideTagged(line) + " (then a message of " + size + " bytes, not shown)");
            string text = null;
            IMessageWriter writer = null;
            int outcome = !ImapCommandTable.IsAllowed(c.Name, _state) ? Outcome.Unknown
                : AppendCommand.Begin(c, size, _folders, _quota, Model.Limits.MaxMessageSize, out writer, out text);
            if (outcome == Outcome.Unknown)
            {
                outcome = Outcome.Bad;
                text = "APPEND is not allowed now";
            }
            if (outcome == Outcome.Ok)
            {
                _upload = AppendUpload.Storing(c.Tag, size, writer);
                if (!nonSynchronising)
                {
                    Channel.Reply(ImapReplies.Continue);
                }
            }
            else if (nonSynchronising)
            {
                _upload = AppendUpload.Refused(c.Tag, size, outcome, text);
            }
            else
            {
                Answer(c, outcome, text);
            }
            return true;
        }

        private void FinishUpload(string rest)
        {
            AppendUpload upload = _upload;
            _upload = null;
            string text;
            int outcome = upload.Finish(rest, out text);
            if (outcome == Outcome.Ok)
            {
                // RFC 3501 §6.3.11: an APPEND to the selected mailbox should be told with EXISTS.
                if (_selected != null && !_selected.ReportChanges())
                {
                    CardFailed();
                    return;
                }
                Channel.Reply(string.Format(ImapReplies.Ok, upload.Tag, "APPEND"));
                return;
            }
            if (outcome == Outcome.Bad)
            {
                Error(string.Format(ImapReplies.Bad, upload.Tag, text));
                return;
            }
            Channel.Reply(text);
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
            if (_upload != null)
            {
                _upload.Abort();
                _upload = null;
            }
            Deselect();
            if (_state != ImapState.Logout)
            {
                if (_state != ImapState.NotAuthenticated && _state != ImapState.Authenticating)
                {
                    Model.ImapLogins.Leave(_user);
                }
                _state = ImapState.Logout;
                Output.Close();
            }
        }
    }
}
