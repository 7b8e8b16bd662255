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
    public sealed class Pop3Session : ISession
    {
        private static readonly string[] CapabilityLines =
        {
            "USER", "UIDL", "TOP", "PIPELINING", "RESP-CODES", "AUTH-RESP-CODE", "SASL PLAIN", "IMPLEMENTATION MailAppliance", "."
        };

        private readonly ApplianceModel _model;
        private readonly IMailStore _store;
        private readonly ITrace _trace;
        private readonly ISessionOutput _output;
        private readonly string _traceName;
        private readonly LineReader _lines;
        private readonly DotStuffingWriter _stuffer;

        private Pop3State _state = Pop3State.Authorization;
        private string _user;
        private string _lockedMailbox;
        private IMailbox _mailbox;
        private bool[] _deleted;
        private byte[] _readBuffer;
        private int _authFailures;

        public Pop3Session(ApplianceModel model, IMailStore store, ITrace trace, ISessionOutput output, string traceName)
        {
            _model = model;
            _store = store;
            _trace = trace;
            _output = output;
            _traceName = traceName;
            _lines = new LineReader(model.Limits.MaxCommandLine);
            _stuffer = new DotStuffingWriter(output);
        }

        public bool IsClosed
        {
            get { return _state == Pop3State.Closed; }
        }

        public void Start()
        {
            Reply(string.Format(Pop3Replies.Greeting, _model.ServerName));
        }

        public void RejectBusy()
        {
            Reply(Pop3Replies.Busy);
            Close();
        }

        // RFC 1939 §3: an autologout timer ends the session without entering UPDATE.
        public void TimedOut()
        {
            Reply(Pop3Replies.IdleTimeout);
            Close();
        }

        public void Disconnected()
        {
            _trace.Write(_traceName, "-- client disconnected; nothing deleted");
            Close();
        }

        public void Receive(byte[] buffer, int offset, int count)
        {
            int end = offset + count;
            while (offset < end && _state != Pop3State.Closed)
            {
                int used;
                bool complete = _lines.Feed(buffer, offset, end - offset, out used);
                offset += used;
                if (!complete)
                {
                    continue;
                }
                if (_lines.Overflowed)
                {
                    Reply(Pop3Replies.LineTooLong);
                }
                else if (_state == Pop3State.Auth)
                {
                    _trace.Write(_traceName, "C: (authentication data hidden)");
                    ContinueAuth(_lines.Line);
                }
                else
                {
                    Command(_lines.Line);
                }
            }
        }

        private void Command(string line)
        {
            string[] words = line.Trim().Split(' ');
            string verb = words[0].ToUpper();
            _trace.Write(_traceName, "C: " + (verb == "PASS" ? "PASS (hidden)" : verb == "AUTH" && words.Length > 2 ? "AUTH " + words[1] + " (hidden)" : line));
            bool transaction = _state == Pop3State.Transaction;
            switch (verb)
            {
                case "CAPA":
                    Reply(Pop3Replies.Capabilities);
                    for (int i = 0; i < CapabilityLines.Length; i++)
                    {
                        Reply(CapabilityLines[i]);
                    }
                    return;
                case "QUIT":
                    Quit();
                    return;
                case "NOOP":
                    Reply(transaction ? Pop3Replies.Ok : Pop3Replies.WrongState);
                    return;
                case "USER":
                case "PASS":
                case "AUTH":
                    if (transaction)
                    {
                        Reply(Pop3Replies.WrongState);
                    }
                    else if (verb == "USER")
                    {
                        User(words);
                    }
                    else if (verb == "PASS")
                    {
                        Pass(line);
                    }
                    else
                    {
                        Auth(words);
                    }
                    return;
                case "STAT":
                case "LIST":
                case "UIDL":
                case "RETR":
                case "TOP":
                case "DELE":
                case "RSET":
                    if (transaction)
                    {
                        Transaction(verb, words);
                    }
                    else
                    {
                        Reply(Pop3Replies.WrongState);
                    }
                    return;
                default:
                    Reply(Pop3Replies.UnknownCommand);
                    return;
            }
        }

        private void User(string[] words)
        {
            if (words.Length != 2 || words[1].Length == 0)
            {
                Reply(string.Format(Pop3Replies.Syntax, "USER name"));
                return;
            }
            _user = words[1];
            Reply(Pop3Replies.UserOk);
        }

        // The password is the rest of the line: RFC 1939 §7 lets it contain spaces.
        private void Pass(string line)
        {
            if (_user == null)
            {
                Reply(Pop3Replies.NeedUser);
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
                Reply(Pop3Replies.Mechanisms);
                Reply("PLAIN");
                Reply(".");
                return;
            }
            if (words[1].ToUpper() != "PLAIN" || words.Length > 3)
            {
                Reply(Pop3Replies.UnknownMechanism);
                return;
            }
            if (words.Length == 2)
            {
                _state = Pop3State.Auth;
                Reply(Pop3Replies.AuthContinue);
                return;
            }
            // RFC 5034 §4: "=" is an empty initial response.
            ContinueAuth(words[2] == "=" ? "" : words[2]);
        }

        private void ContinueAuth(string response)
        {
            _state = Pop3State.Authorization;
            if (response == "*")
            {
                Reply(Pop3Replies.AuthCancelled);
                return;
            }
            string user;
            string password;
            if (!SaslPlain.TryParse(response, out user, out password))
            {
                Reply(Pop3Replies.AuthBadBase64);
                return;
            }
            Login(user, password);
        }

        private void Login(string user, string password)
        {
            string mailbox = _model.Users.Authenticate(user, password);
            if (mailbox == null)
            {
                _output.Delay(_model.Limits.AuthFailureDelayMilliseconds);
                Reply(Pop3Replies.AuthFailed);
                _authFailures++;
                if (_authFailures >= _model.Limits.MaxAuthFailures)
                {
                    Reply(Pop3Replies.TooManyFailures);
                    Close();
                }
                return;
            }
            if (!_model.Locks.TryAcquire(mailbox))
            {
                Reply(Pop3Replies.InUse);
                return;
            }
            if (_store.OpenMailbox(mailbox, out _mailbox) != StoreResult.Accepted)
            {
                _model.Locks.Release(mailbox);
                _mailbox = null;
                Reply(Pop3Replies.MailboxUnavailable);
                return;
            }
            _lockedMailbox = mailbox;
            _deleted = new bool[_mailbox.Count];
            _state = Pop3State.Transaction;
            Reply(string.Format(Pop3Replies.LoggedIn, _mailbox.Count, TotalSize()));
        }

        private void Transaction(string verb, string[] words)
        {
            if (verb == "STAT" || verb == "RSET")
            {
                if (verb == "RSET")
                {
                    _deleted = new bool[_mailbox.Count];
                }
                Reply(string.Format(verb == "STAT" ? Pop3Replies.Stat : Pop3Replies.Reset, LiveCount(), TotalSize()));
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
                    Reply(string.Format(Pop3Replies.Syntax, verb + (verb == "TOP" ? " msg n" : " msg")));
                }
                return;
            }
            long lines = -1;
            if (verb == "TOP" && !Numbers.TryParse(words[2], out lines))
            {
                Reply(string.Format(Pop3Replies.Syntax, "TOP msg n"));
                return;
            }
            switch (verb)
            {
                case "LIST":
                    Reply(string.Format(Pop3Replies.ScanLine, index + 1, _mailbox.SizeOf(index)));
                    break;
                case "UIDL":
                    Reply(string.Format(Pop3Replies.ScanLine, index + 1, _mailbox.UidOf(index)));
                    break;
                case "DELE":
                    _deleted[index] = true;
                    Reply(string.Format(Pop3Replies.Deleted, index + 1));
                    break;
                default:
                    SendMessage(index, lines);
                    break;
            }
        }

        private void Listing(bool uids)
        {
            Reply(uids ? Pop3Replies.UidlHeader : string.Format(Pop3Replies.ListHeader, LiveCount(), TotalSize()));
            for (int i = 0; i < _deleted.Length; i++)
            {
                if (!_deleted[i])
                {
                    Reply((i + 1) + " " + (uids ? _mailbox.UidOf(i) : _mailbox.SizeOf(i).ToString()));
                }
            }
            Reply(".");
        }

        // Reads the first chunk before answering, so an unreadable file is a clean -ERR.
        private void SendMessage(int index, long bodyLines)
        {
            if (_readBuffer == null)
            {
                _readBuffer = new byte[DotStuffingWriter.ChunkSize];
            }
            long position = 0;
            int n = _mailbox.Read(index, position, _readBuffer, 0, _readBuffer.Length);
            if (n < 0)
            {
                Reply(Pop3Replies.ReadFailed);
                return;
            }
            Reply(string.Format(Pop3Replies.MessageFollows, _mailbox.SizeOf(index)));
            _trace.Write(_traceName, "S: (message " + (index + 1) + ")");
            _stuffer.Begin(bodyLines);
            while (n > 0 && _stuffer.Write(_readBuffer, 0, n))
            {
                position += n;
                n = _mailbox.Read(index, position, _readBuffer, 0, _readBuffer.Length);
            }
            if (n < 0)
            {
                // Half a response cannot be taken back: end the session, deleting nothing.
                _trace.Write(_traceName, "-- card read failed during RETR; closing");
                Close();
                return;
            }
            _stuffer.End();
            _trace.Write(_traceName, "S: .");
        }

        private bool TryMessage(string text, out int index)
        {
            long number;
            index = -1;
            if (!Numbers.TryParse(text, out number) || number < 1 || number > _deleted.Length)
            {
                Reply(Pop3Replies.NoSuchMessage);
                return false;
            }
            if (_deleted[number - 1])
            {
                Reply(string.Format(Pop3Replies.AlreadyDeleted, number));
                return false;
            }
            index = (int)number - 1;
            return true;
        }

        private void Quit()
        {
            if (_state != Pop3State.Transaction)
            {
                Reply(Pop3Replies.Bye);
                Close();
                return;
            }
            // RFC 1939 §6: the UPDATE state removes the messages marked as deleted.
            int marked = 0;
            for (int i = 0; i < _deleted.Length; i++)
            {
                if (_deleted[i])
                {
                    marked++;
                }
            }
            StoreResult result = marked == 0 ? StoreResult.Accepted : _mailbox.Delete(_deleted);
            Reply(result == StoreResult.Accepted ? string.Format(Pop3Replies.ByeDeleted, marked) : Pop3Replies.DeleteFailed);
            Close();
        }

        private int LiveCount()
        {
            int count = 0;
            for (int i = 0; i < _deleted.Length; i++)
            {
                if (!_deleted[i])
                {
                    count++;
                }
            }
            return count;
        }

        private long TotalSize()
        {
            long total = 0;
            for (int i = 0; i < _deleted.Length; i++)
            {
                if (!_deleted[i])
                {
                    total += _mailbox.SizeOf(i);
                }
            }
            return total;
        }

        private void Reply(string line)
        {
            _trace.Write(_traceName, "S: " + line);
            byte[] bytes = Ascii.GetBytes(line + "\r\n");
            _output.Write(bytes, 0, bytes.Length);
        }

        private void Close()
        {
            if (_mailbox != null)
            {
                _mailbox.Release();
            }
            if (_lockedMailbox != null)
            {
                _model.Locks.Release(_lockedMailbox);
                _lockedMailbox = null;
            }
            if (_state != Pop3State.Closed)
            {
                _state = Pop3State.Closed;
                _output.Close();
            }
        }
    }
}
