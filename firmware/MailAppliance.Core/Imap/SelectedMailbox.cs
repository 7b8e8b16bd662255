using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The commands on a selected mailbox (RFC 3501 §6.4): FETCH (<see cref="MessageFetcher"/>),
    /// STORE, SEARCH, COPY and MOVE by message number or UID, EXPUNGE and CLOSE's silent
    /// expunge, and the untagged updates that keep the client in step with other sessions.
    /// </summary>
    internal sealed class SelectedMailbox
    {
        private readonly IImapFolder _folder;
        private readonly bool _readOnly;
        private readonly ReplyChannel _channel;
        private readonly MessageFetcher _fetcher;
        private readonly string _name;

        public SelectedMailbox(string name, IImapFolder folder, bool readOnly, ReplyChannel channel, BufferedOutput output)
        {
            _name = name;
            _folder = folder;
            _readOnly = readOnly;
            _channel = channel;
            _fetcher = new MessageFetcher(folder, readOnly, channel, output);
        }

        /// <summary>The mailbox's name as stored ("INBOX", "Sent").</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>SELECT's and EXAMINE's untagged answers (RFC 3501 §6.3.1).</summary>
        public void Opened()
        {
            int unseen = 0;
            for (int i = _folder.Count - 1; i >= 0; i--)
            {
                unseen = (_folder.FlagsOf(i) & MessageFlags.Seen) == 0 ? i + 1 : unseen;
            }
            _channel.Reply("* FLAGS " + DefinedFlags());
            _channel.Reply("* " + _folder.Count + " EXISTS");
            _channel.Reply("* 0 RECENT");
            if (unseen > 0)
            {
                _channel.Reply("* OK [UNSEEN " + unseen + "] First unseen message");
            }
            _channel.Reply("* OK [UIDVALIDITY " + _folder.UidValidity + "] UIDs valid");
            _channel.Reply("* OK [UIDNEXT " + _folder.UidNext + "] Predicted next UID");
            _channel.Reply(_readOnly ? ImapReplies.ReadOnlyFlags : "* OK [PERMANENTFLAGS " + DefinedFlags().TrimEnd(')') + " \\*)] Flags permitted");
        }

        // "(\Answered \Flagged \Deleted \Seen \Draft $Forwarded)": the system flags and the folder's keywords.
        private string DefinedFlags()
        {
            string list = "(\\Answered \\Flagged \\Deleted \\Seen \\Draft";
            string[] keywords = _folder.Keywords;
            for (int i = 0; i < keywords.Length; i++)
            {
                list += " " + keywords[i];
            }
            return list + ")";
        }

        public IImapFolder Folder
        {
            get { return _folder; }
        }

        public bool ReadOnly
        {
            get { return _readOnly; }
        }

        /// <summary>The 0-based indexes a sequence set names, by message number or by UID; null for a bad set.</summary>
        public bool[] Resolve(string text, bool byUid)
        {
            SequenceSet set = SequenceSet.Parse(text);
            if (set == null)
            {
                return null;
            }
            int count = _folder.Count;
            var chosen = new bool[count];
            long largest = byUid ? (count == 0 ? 0 : _folder.UidOf(count - 1)) : count;
            for (int i = 0; i < count; i++)
            {
                chosen[i] = set.Contains(byUid ? _folder.UidOf(i) : i + 1, largest);
            }
            return chosen;
        }

        /// <summary>Sends "* SEARCH 2 5": the messages (or UIDs) <paramref name="keys"/> match; Bad with <paramref name="error"/>, or CardFailed.</summary>
        public int Search(ImapValue[] keys, bool byUid, out string error)
        {
            bool cardFailed;
            bool[] matched = SearchCriteria.Match(keys, _folder, out error, out cardFailed);
            if (matched == null)
            {
                return cardFailed ? Outcome.CardFailed : Outcome.Bad;
            }
            string found = "* SEARCH";
            for (int i = 0; i < matched.Length; i++)
            {
                if (matched[i])
                {
                    found += " " + (byUid ? _folder.UidOf(i) : i + 1);
                }
            }
            _channel.Reply(found);
            return Outcome.Ok;
        }

        /// <summary>
        /// Tells the client what others changed (RFC 3501 §7.4.1, §7.3.1, §7.4.2): "* n EXPUNGE"
        /// for each message gone, highest first so each number is still right when sent; "* n
        /// FETCH (FLAGS ...)" for flags another session changed; "* n EXISTS" when messages came.
        /// False when the card failed.
        /// </summary>
        public bool ReportChanges()
        {
            int before = _folder.Count;
            var flags = new int[before];
            for (int i = 0; i < before; i++)
            {
                flags[i] = _folder.FlagsOf(i);
            }
            int[] gone = _folder.Refresh();
            if (gone == null)
            {
                return false;
            }
            for (int i = gone.Length - 1; i >= 0; i--)
            {
                _channel.Reply("* " + (gone[i] + 1) + " EXPUNGE");
            }
            // The messages kept are the old ones less those gone, in the same order.
            int kept = 0;
            int g = 0;
            for (int old = 0; old < before; old++)
            {
                if (g < gone.Length && gone[g] == old)
                {
                    g++;
                    continue;
                }
                int now = _folder.FlagsOf(kept);
                if (now != flags[old])
                {
                    _channel.Reply("* " + (kept + 1) + " FETCH (FLAGS " + MessageFlags.List(now, _folder.Keywords) + ")");
                }
                kept++;
            }
            if (_folder.Count > kept)
            {
                _channel.Reply("* " + _folder.Count + " EXISTS");
            }
            return true;
        }

        /// <summary>Answers FETCH for the chosen messages; false when the card failed (the caller ends the connection).</summary>
        public bool Fetch(bool[] chosen, FetchRequest request)
        {
            for (int i = 0; i < chosen.Length; i++)
            {
                if (chosen[i] && !_fetcher.FetchOne(i, request))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>
        /// STORE: <paramref name="mode"/> is '=', '+' or '-'; every chosen message's new flags are
        /// answered unless <paramref name="silent"/>. False when the card failed.
        /// </summary>
        public bool Store(bool[] chosen, char mode, int flags, bool silent, bool byUid, int keywordsBefore)
        {
            if (_folder.Keywords.Length > keywordsBefore)
            {
                // A keyword new to the folder changes the flags it defines (RFC 3501 §7.2.6).
                _channel.Reply("* FLAGS " + DefinedFlags());
            }
            for (int i = 0; i < chosen.Length; i++)
            {
                if (!chosen[i])
                {
                    continue;
                }
                int old = _folder.FlagsOf(i);
                int updated = mode == '+' ? old | flags : mode == '-' ? old & ~flags : flags;
                if (updated != old && _folder.SetFlags(i, updated) != StoreResult.Accepted)
                {
                    return false;
                }
                if (!silent)
                {
                    _channel.Reply("* " + (i + 1) + " FETCH (" + (byUid ? "UID " + _folder.UidOf(i) + " " : "") + "FLAGS " + MessageFlags.List(updated, _folder.Keywords) + ")");
                }
            }
            return true;
        }

        /// <summary>Removes every message marked \Deleted, telling the client of each unless <paramref name="silent"/> (CLOSE).</summary>
        public bool Expunge(bool silent)
        {
            int i = 0;
            while (i < _folder.Count)
            {
                if ((_folder.FlagsOf(i) & MessageFlags.Deleted) == 0)
                {
                    i++;
                    continue;
                }
                if (_folder.Expunge(i) != StoreResult.Accepted)
                {
                    return false;
                }
                // Numbers after it move down at once (RFC 3501 §7.4.1): the next one is i + 1 again.
                if (!silent)
                {
                    _channel.Reply("* " + (i + 1) + " EXPUNGE");
                }
            }
            return true;
        }

        /// <summary>
        /// COPY or MOVE (RFC 3501 §6.4.7, RFC 6851): each chosen message, with its flags, into
        /// <paramref name="target"/> through <paramref name="store"/>; a MOVE then expunges them,
        /// telling the client. Copies are made first and the originals removed only once all are
        /// on the card, so a failure part-way leaves a message twice, never nowhere.
        /// </summary>
        public StoreResult CopyTo(bool[] chosen, IImapStore store, string user, string target, bool move)
        {
            for (int i = 0; i < chosen.Length; i++)
            {
                if (chosen[i])
                {
                    StoreResult copied = MessageCopy.Copy(_folder, i, store, user, target, _fetcher.Buffer);
                    if (copied != StoreResult.Accepted)
                    {
                        return copied;
                    }
                }
            }
            if (!move)
            {
                return StoreResult.Accepted;
            }
            int now = 0;
            for (int old = 0; old < chosen.Length; old++)
            {
                if (!chosen[old])
                {
                    now++;
                    continue;
                }
                if (_folder.Expunge(now) != StoreResult.Accepted)
                {
                    return StoreResult.TryLater;
                }
                _channel.Reply("* " + (now + 1) + " EXPUNGE");
            }
            return StoreResult.Accepted;
        }

        /// <summary>The total size of the chosen messages (COPY's quota check).</summary>
        public long SizeOf(bool[] chosen)
        {
            long size = 0;
            for (int i = 0; i < chosen.Length; i++)
            {
                size += chosen[i] ? _folder.SizeOf(i) : 0;
            }
            return size;
        }
    }
}
