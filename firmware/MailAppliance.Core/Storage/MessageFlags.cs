namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// The flags of a stored message (RFC 3501 §2.3.2), as bits: the system flags, with the letters
    /// Maildir gives them in file names (S, R, F, T, D) and the names IMAP gives them, then up to
    /// <see cref="MaxKeywords"/> keywords, whose names each folder keeps (IImapFolder.Keywords:
    /// keyword i is bit <see cref="Keyword"/>(i), letter 'a' + i, as in Dovecot's Maildir).
    /// \Recent is not kept: RFC 9051 dropped it.
    /// </summary>
    public static class MessageFlags
    {
        public const int Seen = 1;
        public const int Answered = 2;
        public const int Flagged = 4;
        public const int Deleted = 8;
        public const int Draft = 16;

        /// <summary>All the system flags.</summary>
        public const int All = 31;

        /// <summary>Keywords a folder can hold: one letter each, a to z.</summary>
        public const int MaxKeywords = 26;

        /// <summary>The bit of a folder's keyword number <paramref name="index"/> (0 to 25).</summary>
        public static int Keyword(int index)
        {
            return 32 << index;
        }

        /// <summary>The IMAP name of one flag bit.</summary>
        public static string Name(int flag)
        {
            switch (flag)
            {
                case Seen: return "\\Seen";
                case Answered: return "\\Answered";
                case Flagged: return "\\Flagged";
                case Deleted: return "\\Deleted";
                default: return "\\Draft";
            }
        }

        /// <summary>The bit an IMAP flag name stands for (any case), or 0 for another name.</summary>
        public static int Parse(string name)
        {
            switch (name.ToLower())
            {
                case "\\seen": return Seen;
                case "\\answered": return Answered;
                case "\\flagged": return Flagged;
                case "\\deleted": return Deleted;
                case "\\draft": return Draft;
                default: return 0;
            }
        }

        /// <summary>"(\Seen \Flagged $Forwarded)": the flags as a FETCH FLAGS list, keywords named by <paramref name="keywords"/>.</summary>
        public static string List(int flags, string[] keywords)
        {
            string list = "";
            for (int flag = 1; flag <= Draft; flag <<= 1)
            {
                if ((flags & flag) != 0)
                {
                    list += (list.Length > 0 ? " " : "") + Name(flag);
                }
            }
            for (int i = 0; keywords != null && i < keywords.Length; i++)
            {
                if ((flags & Keyword(i)) != 0)
                {
                    list += (list.Length > 0 ? " " : "") + keywords[i];
                }
            }
            return "(" + list + ")";
        }
    }
}
