using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// SEARCH's keys (RFC 3501 §6.4.4): ALL, the flag keys (SEEN, UNSEEN, ANSWERED, UNANSWERED,
    /// DELETED, UNDELETED, FLAGGED, UNFLAGGED, DRAFT, UNDRAFT, NEW, OLD, RECENT, KEYWORD,
    /// UNKEYWORD), LARGER and SMALLER, UID and sequence sets, the arrival date (SINCE, BEFORE, ON)
    /// and the Date: field's (SENTSINCE, SENTBEFORE, SENTON), text in a header field (FROM, TO,
    /// CC, BCC, SUBJECT, HEADER), in the body (BODY) or anywhere (TEXT), NOT, OR and
    /// parenthesised groups; keys side by side must all match. Text is compared ignoring ASCII
    /// case, as it is stored: encoded words (RFC 2047) and transfer encodings are not decoded.
    /// </summary>
    internal sealed class SearchCriteria
    {
        private readonly ImapValue[] _keys;
        private readonly IImapFolder _folder;
        // Read at the first message and kept for the others, by the key's place in the list.
        private readonly SequenceSet[] _sets;
        private readonly SearchCriteria[] _groups;
        private readonly TextFinder[] _finders;
        private MessageText _text;
        private int _at;
        private string _error;
        private bool _cardFailed;

        private SearchCriteria(ImapValue[] keys, IImapFolder folder)
        {
            _keys = keys;
            _folder = folder;
            _sets = new SequenceSet[keys.Length];
            _groups = new SearchCriteria[keys.Length];
            _finders = new TextFinder[keys.Length];
        }

        /// <summary>
        /// The messages (0-based indexes) <paramref name="keys"/> match in <paramref name="folder"/>,
        /// or null with <paramref name="error"/>, or null when the card failed (<paramref name="cardFailed"/>).
        /// </summary>
        public static bool[] Match(ImapValue[] keys, IImapFolder folder, out string error, out bool cardFailed)
        {
            var matched = new bool[folder.Count];
            var search = new SearchCriteria(keys, folder);
            cardFailed = false;
            for (int i = 0; i < matched.Length; i++)
            {
                matched[i] = search.All(i);
                if (search._cardFailed)
                {
                    cardFailed = true;
                    error = null;
                    return null;
                }
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
                _cardFailed |= group._cardFailed;
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
                    if (_at >= _keys.Length || !Numbers.TryParse(_keys[_at++].Text, out size))
                    {
                        _error = name + " takes a size";
                        return false;
                    }
                    return name == "LARGER" ? _folder.SizeOf(index) > size : _folder.SizeOf(index) < size;
                case "KEYWORD":
                case "UNKEYWORD":
                    string keyword = Argument(name + " takes a keyword");
                    bool has = keyword != null && (flags & KeywordBit(keyword)) != 0;
                    return keyword != null && (name == "KEYWORD" ? has : !has);
                case "FROM":
                case "TO":
                case "CC":
                case "BCC":
                case "SUBJECT":
                    return HeaderHas(index, name, place, Argument(name + " takes a string"));
                case "HEADER":
                    string field = Argument("HEADER takes a field name and a string");
                    return HeaderHas(index, field, place, Argument("HEADER takes a field name and a string"));
                case "BODY":
                case "TEXT":
                    return Holds(index, place, Argument(name + " takes a string"), name == "TEXT");
                case "SINCE":
                case "BEFORE":
                case "ON":
                    return OnDay(name, _folder.ArrivedOf(index), Argument(name + " takes a date like 1-Dec-2026"));
                case "SENTSINCE":
                case "SENTBEFORE":
                case "SENTON":
                    return Sent(index, name, Argument(name + " takes a date like 1-Dec-2026"));
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

        // The next key as an argument, or null with error.
        private string Argument(string error)
        {
            if (_at >= _keys.Length || _keys[_at].Kind == ImapValue.List)
            {
                _error = _error ?? error;
                return null;
            }
            return _keys[_at++].Text;
        }

        private MessageText Reader()
        {
            return _text ?? (_text = new MessageText(_folder));
        }

        // FROM "ann" and the like: the field's values hold the string; HEADER name "" asks only that the field be there.
        private bool HeaderHas(int index, string field, int place, string wanted)
        {
            if (field == null || wanted == null)
            {
                return false;
            }
            bool failed;
            string values = Reader().Field(index, field, out failed);
            _cardFailed |= failed;
            if (values == null)
            {
                return false;
            }
            TextFinder finder = Finder(place, wanted);
            finder.Reset();
            byte[] bytes = new byte[values.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)values[i];
            }
            finder.Feed(bytes, 0, bytes.Length);
            return finder.Found;
        }

        // BODY and TEXT: read through the message for the string.
        private bool Holds(int index, int place, string wanted, bool whole)
        {
            if (wanted == null)
            {
                return false;
            }
            bool failed;
            bool found = Reader().Contains(index, Finder(place, wanted), whole, out failed);
            _cardFailed |= failed;
            return found;
        }

        private TextFinder Finder(int place, string wanted)
        {
            return _finders[place] ?? (_finders[place] = new TextFinder(wanted));
        }

        // SENTSINCE and the like, by the Date: field; a message without a readable one matches none.
        private bool Sent(int index, string name, string date)
        {
            if (date == null)
            {
                return false;
            }
            bool failed;
            string field = Reader().Field(index, "Date", out failed);
            _cardFailed |= failed;
            System.DateTime sent;
            if (field == null || !ImapDate.FromHeader(field, out sent))
            {
                ImapDate.Check(date, ref _error);
                return false;
            }
            return OnDay(name.Substring(4), sent, date);
        }

        // SINCE, BEFORE, ON: by the day only (RFC 3501 §6.4.4 "disregarding time and timezone").
        private bool OnDay(string name, System.DateTime when, string date)
        {
            System.DateTime day;
            if (date == null || !ImapDate.TryParse(date, out day))
            {
                _error = _error ?? name + " takes a date like 1-Dec-2026";
                return false;
            }
            System.DateTime on = new System.DateTime(when.Year, when.Month, when.Day);
            return name == "ON" ? on == day : name == "SINCE" ? on >= day : on < day;
        }

        // The folder's bit for a keyword, without making one: 0 when the folder has no such keyword.
        private int KeywordBit(string keyword)
        {
            string[] keywords = _folder.Keywords;
            for (int i = 0; i < keywords.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(keywords[i], keyword))
                {
                    return MessageFlags.Keyword(i);
                }
            }
            return 0;
        }
    }
}
