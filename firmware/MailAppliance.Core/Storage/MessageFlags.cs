namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// The system flags of a stored message (RFC 3501 §2.3.2), as bits, with the letters Maildir
    /// gives them in file names (S, R, F, T, D) and the names IMAP gives them. \Recent is not kept:
    /// RFC 9051 dropped it.
    /// </summary>
    public static class MessageFlags
    {
        public const int Seen = 1;
        public const int Answered = 2;
        public const int Flagged = 4;
        public const int Deleted = 8;
        public const int Draft = 16;

        /// <summary>All of them.</summary>
        public const int All = 31;

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

        /// <summary>"(\Seen \Flagged)": the flags as a FETCH FLAGS list.</summary>
        public static string List(int flags)
        {
            string list = "";
            for (int flag = 1; flag <= Draft; flag <<= 1)
            {
                if ((flags & flag) != 0)
                {
                    list += (list.Length > 0 ? " " : "") + Name(flag);
                }
            }
            return "(" + list + ")";
        }
    }
}
