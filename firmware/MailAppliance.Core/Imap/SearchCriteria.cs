using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// SEARCH's keys (RFC 3501 §6.4.4) that need no reading of the messages: ALL, the flag keys
    /// (SEEN, UNSEEN, ANSWERED, UNANSWERED, DELETED, UNDELETED, FLAGGED, UNFLAGGED, DRAFT,
    /// UNDRAFT, NEW, OLD, RECENT), LARGER and SMALLER, UID and sequence sets, NOT, OR and
    /// parenthesised groups; keys side by side must all match. Keys that read a message's header
    /// or dates (FROM, SUBJECT, SINCE ...) are not read yet and make the SEARCH a BAD.
    /// </summary>
    internal sealed class SearchCriteria
    {
        private readonly ImapValue[] _keys;
        private readonly IImapFolder _folder;
        // Read at the first message and kept for the others, by the key's place in the list.
        private readonly SequenceSet[] _sets;
        private readonly SearchCriteria[] _groups;
        private int _at;
        private string _error;

        private SearchCriteria(ImapValue[] keys, IImapFolder folder)
        {
            _keys = keys;
            _folder = folder;
            _sets = new SequenceSet[keys.Length];
            _groups = new SearchCriteria[keys.Length];
        }

        /// <summary>
        /// The messages (0-based indexes) <paramref name="keys"/> match in <paramref name="folder"/>,
        /// or null with <paramref name="error"/>.
        /// </summary>
        public static bool[] Match(ImapValue[] keys, IImapFolder folder, out string error)
        {
            var matched = new bool[folder.Count];
            var search = new SearchCriteria(keys, folder);
            for (int i = 0; i < matched.Length; i++)
            {
                matched[i] = search.All(i);
                if (search._error == null && search._at != keys.Length)
                {
                    search._error = "Unexpected search key";
                }
                if (search._error != null)
                {
                    error = search._error;
                    return null;
                }
            }
            error = keys.Length == 0 ? "SEARCH needs a search key" : null;
            return keys.Length == 0 ? null : matched;
        }

        // Keys side by side: all must match.
        private bool All(int index)
        {
            _at = 0;
            bool all = true;
            while (_at < _keys.Length && _error == null)
            {
                all &= One(index);
            }
            return all;
        }

        private bool One(int index)
        {
            int place = _at;
            ImapValue key = _keys[_at++];
            if (key.Kind == ImapValue.List)
            {
                SearchCriteria group = _groups[place] ?? (_groups[place] = new SearchCriteria(key.Items, _folder));
                bool all = group.All(index);
                _error = group._error;
                return all;
            }
            int flags = _folder.FlagsOf(index);
            string name = key.Text.ToUpper();
            switch (name)
            {
                case "ALL":
                    return true;
                case "SEEN":
                case "OLD":
                    return (flags & MessageFlags.Seen) != 0;
                case "UNSEEN":
                case "NEW":
                    return (flags & MessageFlags.Seen) == 0;
                case "RECENT":
                    // \Recent is not kept (RFC 9051 dropped it): no message is recent.
                    return false;
                case "ANSWERED":
                case "DELETED":
                case "FLAGGED":
                case "DRAFT":
                    return (flags & MessageFlags.Parse("\\" + name)) != 0;
                case "UNANSWERED":
                case "UNDELETED":
                case "UNFLAGGED":
                case "UNDRAFT":
                    return (flags & MessageFlags.Parse("\\" + name.Substring(2))) == 0;
                case "NOT":
                    return !Operand(index);
                case "OR":
                    bool first = Operand(index);
                    bool second = Operand(index);
                    return first || second;
                case "LARGER":
                case "SMALLER":
                    long size;
                    if (_at >= _keys.Length || !Text.Numbers.TryParse(_keys[_at++].Text, out size))
                    {
                        _error = name + " takes a size";
                        return false;
                    }
                    return name == "LARGER" ? _folder.SizeOf(index) > size : _folder.SizeOf(index) < size;
                case "UID":
                    SequenceSet uids = _at < _keys.Length ? Set(_at++) : null;
                    if (uids == null)
                    {
                        _error = "UID takes a set of UIDs";
                        return false;
                    }
                    return uids.Contains(_folder.UidOf(index), _folder.Count == 0 ? 0 : _folder.UidOf(_folder.Count - 1));
            }
            SequenceSet numbers = Set(place);
            if (numbers != null)
            {
                return numbers.Contains(index + 1, _folder.Count);
            }
            _error = "Unknown or unsupported search key " + key.Text;
            return false;
        }

        // The sequence set written at a place in the list, read once.
        private SequenceSet Set(int place)
        {
            return _sets[place] ?? (_sets[place] = SequenceSet.Parse(_keys[place].Text));
        }

        private bool Operand(int index)
        {
            if (_at >= _keys.Length)
            {
                _error = "A search key is missing";
                return false;
            }
            return One(index);
        }
    }
}
