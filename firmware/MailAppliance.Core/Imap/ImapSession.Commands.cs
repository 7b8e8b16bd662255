using MailAppliance.Core.Sasl;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// ImapSession's commands once read whole: which may run now (ImapCommandTable), the login,
    /// SELECT, and the tagged answer for what FolderCommands and SelectedCommands report. The
    /// connection's side — lines, literals, APPEND's upload, IDLE — is in ImapSession.cs.
    /// </summary>
    public sealed partial class ImapSession
    {
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
                case "IDLE":
                    // RFC 2177: changes are told as they are seen (Poll) until the client says DONE.
                    _idleTag = c.Tag;
                    Channel.Reply(ImapReplies.Idling);
                    Poll();
                    break;
                case "APPEND":
                    // Reached only without a literal: the message is missing.
                    Error(string.Format(ImapReplies.Bad, c.Tag, ImapReplies.AppendSyntax));
                    break;
                default:
                    string text = null;
                    int outcome = _selected != null || ImapCommandTable.IsFolderCommand(c.Name)
                        ? Run(c, out text) : Outcome.Unknown;
                    Answer(c, outcome, outcome == Outcome.Unknown ? null : text);
                    break;
            }
        }

        private int Run(ImapCommand c, out string text)
        {
            if (ImapCommandTable.IsFolderCommand(c.Name))
            {
                return _folders.Run(c, _selected == null ? null : _selected.Name, out text);
            }
            return SelectedCommands.Run(_selected, _folders, _quota, c, out text);
        }

        // The tagged reply for a command's outcome.
        private void Answer(ImapCommand c, int outcome, string text)
        {
            switch (outcome)
            {
                case Outcome.Ok:
                    Done(c);
                    return;
                case Outcome.Bad:
                    Error(string.Format(ImapReplies.Bad, c.Tag, text));
                    return;
                case Outcome.No:
                    Channel.Reply(text);
                    return;
                case Outcome.CardFailed:
                    CardFailed();
                    return;
                case Outcome.Deselect:
                    Deselect();
                    _state = ImapState.Authenticated;
                    Done(c);
                    return;
                default:
                    Error(string.Format(ImapReplies.UnknownCommand, c.Tag));
                    return;
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
            Model.ImapLogins.Enter(_user);
            _folders = new FolderCommands(_store, _user, Channel);
            string alert = LoginAlerts.For(Model, _store, _user);
            if (alert != null)
            {
                Channel.Reply(alert);
            }
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
            string no;
            string name = _folders.Find(c.Tag, c.Arguments[0].Text, false, out no);
            IImapFolder folder = null;
            StoreResult opened = name == null ? StoreResult.Refused : _store.OpenFolder(_user, name, out folder);
            if (opened != StoreResult.Accepted)
            {
                Channel.Reply(no ?? string.Format(opened == StoreResult.TryLater ? ImapReplies.StorageTryLater : ImapReplies.NoSuchMailbox, c.Tag));
                return;
            }
            bool readOnly = c.Name == "EXAMINE";
            _selected = new SelectedMailbox(name, folder, readOnly, Channel, Output);
            _state = ImapState.Selected;
            _selected.Opened();
            Channel.Reply(string.Format(readOnly ? ImapReplies.SelectedReadOnly : ImapReplies.SelectedReadWrite, c.Tag, c.Name));
        }

        private void Done(ImapCommand c)
        {
            // "UID FETCH completed", not "UID completed".
            string name = c.Name == "UID" ? "UID " + c.Arguments[0].Text.ToUpper() : c.Name;
            Channel.Reply(string.Format(ImapReplies.Ok, c.Tag, name));
        }
    }
}
