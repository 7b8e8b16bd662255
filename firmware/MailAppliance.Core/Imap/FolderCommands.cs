using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The commands on a user's folders (RFC 3501 §6.3): LIST and LSUB with RFC 6154's
    /// special-use attributes, CREATE, DELETE, RENAME, SUBSCRIBE, UNSUBSCRIBE and STATUS, and the
    /// lookup SELECT, APPEND, COPY and MOVE use. The folder list is read from the card each time,
    /// so what another session or a teacher at a PC changed is always seen.
    /// </summary>
    internal sealed class FolderCommands
    {
        private readonly IImapStore _store;
        private readonly string _user;
        private readonly ReplyChannel _channel;

        public FolderCommands(IImapStore store, string user, ReplyChannel channel)
        {
            _store = store;
            _user = user;
            _channel = channel;
        }

        public IImapStore Store
        {
            get { return _store; }
        }

        public string User
        {
            get { return _user; }
        }

        /// <summary>The user's folders but INBOX, the special-use ones made first when missing; null when the card failed.</summary>
        public string[] Load()
        {
            string[] folders;
            if (_store.ListFolders(_user, out folders) != StoreResult.Accepted)
            {
                return null;
            }
            bool made = false;
            for (int i = 0; i < MailboxNames.SpecialUse.Length; i++)
            {
                if (MailboxNames.Find(folders, MailboxNames.SpecialUse[i]) == null)
                {
                    if (_store.CreateFolder(_user, MailboxNames.SpecialUse[i]) != StoreResult.Accepted)
                    {
                        return null;
                    }
                    made = true;
                }
            }
            return made && _store.ListFolders(_user, out folders) != StoreResult.Accepted ? null : folders;
        }

        /// <summary>
        /// The stored name of the existing mailbox <paramref name="name"/>, or null with the tagged
        /// NO line in <paramref name="no"/> (<paramref name="tryCreate"/>: APPEND's and COPY's
        /// [TRYCREATE], RFC 3501 §6.3.11).
        /// </summary>
        public string Find(string tag, string name, bool tryCreate, out string no)
        {
            no = null;
            if (MailboxNames.IsInbox(name))
            {
                return "INBOX"; // always there: SELECT INBOX, the commonest command, lists no folders
            }
            string[] folders = Load();
            string found = folders == null ? null : MailboxNames.Find(folders, name);
            no = found != null ? null : string.Format(folders == null ? ImapReplies.StorageTryLater : tryCreate ? ImapReplies.TryCreate : ImapReplies.NoSuchMailbox, tag);
            return found;
        }

        /// <summary>Runs a folder command; <paramref name="selected"/> is the selected mailbox's name, or null.</summary>
        public int Run(ImapCommand c, string selected, out string text)
        {
            text = null;
            ImapValue[] args = c.Arguments;
            switch (c.Name)
            {
                case "LIST":
                case "LSUB":
                    bool specialUse;
                    args = ListArguments(c, out specialUse);
                    if (args == null)
                    {
                        text = c.Name + " takes a reference and a mailbox pattern";
                        return Outcome.Bad;
                    }
                    return List(c, args[0].Text + args[1].Text, specialUse, out text);
                case "STATUS":
                    if (args.Length != 2 || !args[0].IsAString || args[1].Kind != ImapValue.List)
                    {
                        text = "STATUS takes a mailbox name and a list of items";
                        return Outcome.Bad;
                    }
                    return Status(c, out text);
                case "RENAME":
                    if (args.Length != 2 || !args[0].IsAString || !args[1].IsAString)
                    {
                        text = "RENAME takes the mailbox's name and its new name";
                        return Outcome.Bad;
                    }
                    return Rename(c.Tag, args[0].Text, args[1].Text, selected, out text);
                default:
                    if (args.Length != 1 || !args[0].IsAString)
                    {
                        text = c.Name + " takes a mailbox name";
                        return Outcome.Bad;
                    }
                    return Change(c.Name, c.Tag, args[0].Text, selected, out text);
            }
        }

        // LIST's reference and pattern, past RFC 5258's selection options and RETURN options as
        // clients send them once SPECIAL-USE is announced (RFC 6154 §5.1: "LIST (SPECIAL-USE)").
        // Attributes are always returned, so RETURN's choices change nothing. Null: bad syntax.
        private static ImapValue[] ListArguments(ImapCommand c, out bool specialUse)
        {
            ImapValue[] args = c.Arguments;
            specialUse = false;
            int first = 0;
            if (c.Name == "LIST" && args.Length > 0 && args[0].Kind == ImapValue.List)
            {
                ImapValue[] options = args[0].Items;
                for (int i = 0; i < options.Length; i++)
                {
                    if (options[i].Text.ToUpper() != "SPECIAL-USE")
                    {
                        return null;
                    }
                    specialUse = true;
                }
                first = 1;
            }
            int count = args.Length - first;
            bool returns = c.Name == "LIST" && count == 4 && args[first + 2].Text.ToUpper() == "RETURN" && args[first + 3].Kind == ImapValue.List;
            if ((count != 2 && !returns) || !args[first].IsAString || !args[first + 1].IsAString)
            {
                return null;
            }
            return new ImapValue[] { args[first], args[first + 1] };
        }

        private int List(ImapCommand c, string pattern, bool specialUse, out string text)
        {
            text = null;
            if (pattern.Length == 0)
            {
                // An empty pattern asks for the hierarchy delimiter (RFC 3501 §6.3.8).
                _channel.Reply("* " + c.Name + " (\\Noselect) \"/\" \"\"");
                return Outcome.Ok;
            }
            string[] folders = Load();
            string[] subscribed = c.Name == "LSUB" ? ReadSubscriptions() : null;
            if (folders == null || (c.Name == "LSUB" && subscribed == null))
            {
                text = string.Format(ImapReplies.StorageTryLater, c.Tag);
                return Outcome.No;
            }
            string[] names = subscribed ?? folders;
            if (subscribed == null && !specialUse && MailboxNames.Matches("INBOX", pattern))
            {
                _channel.Reply(ListLine(c.Name, folders, "INBOX"));
            }
            for (int i = 0; i < names.Length; i++)
            {
                if (MailboxNames.Matches(names[i], pattern) && (!specialUse || MailboxNames.UseOf(names[i]) != null))
                {
                    _channel.Reply(ListLine(c.Name, folders, names[i]));
                }
            }
            return Outcome.Ok;
        }

        // "* LIST (\HasNoChildren \Sent) "/" Sent"; a subscribed name with no folder is \Noselect.
        private static string ListLine(string command, string[] folders, string name)
        {
            string attributes;
            if (name != "INBOX" && MailboxNames.Find(folders, name) == null)
            {
                attributes = "\\Noselect";
            }
            else
            {
                attributes = MailboxNames.HasChildren(folders, name) ? "\\HasChildren" : "\\HasNoChildren";
                string use = MailboxNames.UseOf(name);
                attributes += use == null ? "" : " " + use;
            }
            return "* " + command + " (" + attributes + ") \"/\" " + MailboxNames.Quote(name);
        }

        private string[] ReadSubscriptions()
        {
            string text;
            return _store.ReadSubscriptions(_user, out text) == StoreResult.Accepted ? Subscriptions.Parse(text) : null;
        }

        // STATUS name (MESSAGES UIDNEXT UIDVALIDITY UNSEEN RECENT), read from a fresh listing.
        private int Status(ImapCommand c, out string text)
        {
            string name = Find(c.Tag, c.Arguments[0].Text, false, out text);
            if (name == null)
            {
                return Outcome.No;
            }
            IImapFolder folder;
            StoreResult opened = _store.OpenFolder(_user, name, out folder);
            if (opened != StoreResult.Accepted)
            {
                text = string.Format(opened == StoreResult.TryLater ? ImapReplies.StorageTryLater : ImapReplies.NoSuchMailbox, c.Tag);
                return Outcome.No;
            }
            string items = StatusItems.Answer(folder, c.Arguments[1].Items, out text);
            folder.Release();
            if (items == null)
            {
                return Outcome.Bad;
            }
            _channel.Reply("* STATUS " + MailboxNames.Quote(name) + " (" + items + ")");
            return Outcome.Ok;
        }

        // CREATE, DELETE, SUBSCRIBE, UNSUBSCRIBE.
        private int Change(string command, string tag, string asked, string selected, out string text)
        {
            string error;
            string name = MailboxNames.Check(asked, out error);
            if (name == null)
            {
                text = string.Format(ImapReplies.Cannot, tag, error);
                return Outcome.No;
            }
            string[] folders = Load();
            if (folders == null)
            {
                text = string.Format(ImapReplies.StorageTryLater, tag);
                return Outcome.No;
            }
            string existing = MailboxNames.Find(folders, name);
            StoreResult done;
            switch (command)
            {
                case "CREATE":
                    if (existing != null)
                    {
                        text = string.Format(ImapReplies.AlreadyExists, tag);
                        return Outcome.No;
                    }
                    done = _store.CreateFolder(_user, name);
                    break;
                case "DELETE":
                    text = existing == null ? ImapReplies.NoSuchMailbox
                        : existing == "INBOX" ? ImapReplies.InboxStays
                        : MailboxNames.HasChildren(folders, existing) ? ImapReplies.HasChildren
                        : existing == selected ? ImapReplies.InUse : null;
                    if (text != null)
                    {
                        text = string.Format(text, tag);
                        return Outcome.No;
                    }
                    done = _store.DeleteFolder(_user, existing);
                    break;
                default:
                    string[] names = ReadSubscriptions();
                    done = names == null ? StoreResult.TryLater
                        : _store.SaveSubscriptions(_user, Subscriptions.Change(names, existing ?? name, command == "SUBSCRIBE"));
                    break;
            }
            text = done == StoreResult.Accepted ? null : string.Format(ImapReplies.StorageTryLater, tag);
            return done == StoreResult.Accepted ? Outcome.Ok : Outcome.No;
        }

        private int Rename(string tag, string from, string to, string selected, out string text)
        {
            string error;
            string target = MailboxNames.Check(to, out error);
            if (target == null)
            {
                text = string.Format(ImapReplies.Cannot, tag, error);
                return Outcome.No;
            }
            string source = Find(tag, from, false, out text);
            if (source == null)
            {
                return Outcome.No;
            }
            string[] folders = Load();
            text = folders == null ? ImapReplies.StorageTryLater
                : MailboxNames.Find(folders, target) != null ? ImapReplies.AlreadyExists
                : selected != null && (source == selected || selected.StartsWith(source + MailboxNames.Delimiter)) ? ImapReplies.InUse
                : target.ToUpper().StartsWith(source.ToUpper() + MailboxNames.Delimiter) ? ImapReplies.IntoItself : null;
            if (text != null)
            {
                text = string.Format(text, tag);
                return Outcome.No;
            }
            if (_store.RenameFolder(_user, source, target) != StoreResult.Accepted)
            {
                text = string.Format(ImapReplies.StorageTryLater, tag);
                return Outcome.No;
            }
            return Outcome.Ok;
        }
    }
}
