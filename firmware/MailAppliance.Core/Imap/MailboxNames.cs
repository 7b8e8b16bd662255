namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// Mailbox names (RFC 3501 §5.1): INBOX in any case, or levels separated by '/' that become
    /// folders on the card, so each level must be a name FAT takes on the board and a PC shows
    /// as typed. Non-ASCII names arrive in modified UTF-7 (RFC 3501 §5.1.3), which is ASCII.
    /// </summary>
    internal static class MailboxNames
    {
        public const char Delimiter = '/';

        /// <summary>Deepest folder accepted: a path on FAT stays short.</summary>
        public const int MaxLevels = 4;

        public const int MaxLevelLength = 64;

        /// <summary>The special-use folders (RFC 6154) every user has, made at first need.</summary>
        public static readonly string[] SpecialUse = { "Drafts", "Sent", "Junk", "Trash" };

        /// <summary>True for INBOX, in any case (RFC 3501 §5.1).</summary>
        public static bool IsInbox(string name)
        {
            return name.ToUpper() == "INBOX";
        }

        /// <summary>
        /// The name as stored: "INBOX" for any case of it, a trailing delimiter dropped (RFC 3501
        /// §6.3.3); null, with <paramref name="error"/>, for a name no folder can have.
        /// </summary>
        public static string Check(string name, out string error)
        {
            error = null;
            if (name.Length > 0 && name[name.Length - 1] == Delimiter)
            {
                name = name.Substring(0, name.Length - 1);
            }
            if (IsInbox(name))
            {
                return "INBOX";
            }
            string[] levels = name.Split(Delimiter);
            if (levels.Length > MaxLevels)
            {
                error = "Folders nest at most " + MaxLevels + " deep";
                return null;
            }
            if (IsInbox(levels[0]))
            {
                error = "INBOX cannot hold folders here; make them beside it";
                return null;
            }
            for (int i = 0; i < levels.Length; i++)
            {
                error = LevelError(levels[i]);
                if (error != null)
                {
                    return null;
                }
            }
            return name;
        }

        // FAT's rules for a name (no \ : * ? " < > |, no control characters, no trailing dot or
        // blank, which Windows drops) plus IMAP's wildcards; a leading dot would hide it on a PC.
        private static string LevelError(string level)
        {
            if (level.Length == 0 || level.Length > MaxLevelLength)
            {
                return "Each level of a folder name takes 1 to " + MaxLevelLength + " characters";
            }
            if (level[0] == '.' || level[0] == ' ' || level[level.Length - 1] == '.' || level[level.Length - 1] == ' ')
            {
                return "A folder name cannot begin or end with a dot or a blank";
            }
            for (int i = 0; i < level.Length; i++)
            {
                char c = level[i];
                if (c < ' ' || c > '~' || "\\:*?\"<>|%".IndexOf(c) >= 0)
                {
                    return "A folder name cannot hold \\ : * ? \" < > | % or control characters";
                }
            }
            return null;
        }

        /// <summary>
        /// The existing folder <paramref name="name"/> means, spelled as stored, or null. Names
        /// are compared ignoring case, as FAT does, so the emulator on a PC behaves as the board.
        /// </summary>
        public static string Find(string[] folders, string name)
        {
            if (IsInbox(name))
            {
                return "INBOX";
            }
            string upper = name.ToUpper();
            for (int i = 0; i < folders.Length; i++)
            {
                if (folders[i].ToUpper() == upper)
                {
                    return folders[i];
                }
            }
            return null;
        }

        /// <summary>True when <paramref name="name"/> has folders under it among <paramref name="folders"/>.</summary>
        public static bool HasChildren(string[] folders, string name)
        {
            string prefix = name.ToUpper() + Delimiter;
            for (int i = 0; i < folders.Length; i++)
            {
                if (folders[i].ToUpper().StartsWith(prefix))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>RFC 6154's attribute for a top-level special-use folder, or null.</summary>
        public static string UseOf(string name)
        {
            for (int i = 0; i < SpecialUse.Length; i++)
            {
                if (SpecialUse[i] == name)
                {
                    return "\\" + name;
                }
            }
            return null;
        }

        /// <summary>
        /// True when <paramref name="name"/> matches a LIST pattern (RFC 3501 §6.3.8): '*' matches
        /// anything, '%' anything but the delimiter. INBOX matches in any case.
        /// </summary>
        public static bool Matches(string name, string pattern)
        {
            if (name == "INBOX")
            {
                pattern = pattern.ToUpper();
            }
            return Matches(name, 0, pattern, 0);
        }

        private static bool Matches(string name, int n, string pattern, int p)
        {
            while (p < pattern.Length)
            {
                char c = pattern[p];
                if (c == '*' || c == '%')
                {
                    // Try every length the wildcard could take, shortest first.
                    for (int k = n; k <= name.Length; k++)
                    {
                        if (Matches(name, k, pattern, p + 1))
                        {
                            return true;
                        }
                        if (k < name.Length && c == '%' && name[k] == Delimiter)
                        {
                            return false;
                        }
                    }
                    return false;
                }
                if (n >= name.Length || name[n] != c)
                {
                    return false;
                }
                n++;
                p++;
            }
            return n == name.Length;
        }

        /// <summary>The name as IMAP writes it: an atom when it can be, a quoted string when not.</summary>
        public static string Quote(string name)
        {
            bool atom = name.Length > 0;
            for (int i = 0; i < name.Length && atom; i++)
            {
                char c = name[i];
                atom = c > ' ' && c <= '~' && "(){%*\"\\]".IndexOf(c) < 0;
            }
            return atom ? name : "\"" + name + "\"";
        }
    }
}
