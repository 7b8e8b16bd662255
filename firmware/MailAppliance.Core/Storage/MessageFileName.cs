using MailAppliance.Core.Text;

namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// The name of a stored message, <c>&lt;uid&gt;,S=&lt;size&gt;[,F=&lt;flags&gt;].eml</c>: the size in the name, as
    /// Maildir++ and Dovecot do, lets a login read a mailbox from one folder listing. Asking the
    /// card for each file's length costs a stat per message on a PC and, on FAT, a scan of the
    /// folder per message (FatFs's f_stat looks the name up), which grows with the square of
    /// the mailbox. A name without ",S=" (a file a teacher copied in by hand) is still a message;
    /// its size is then unknown here and the store asks the card. IMAP's flags follow as
    /// Maildir's letters in its order (D draft, F flagged, R answered, S seen, T deleted), so a
    /// flag change is one rename, atomic on FAT, and the flags survive restarts and card removal.
    /// Keywords follow as lower-case letters, a for the folder's first keyword (MessageFlags.Keyword).
    /// </summary>
    public static class MessageFileName
    {
        public const string Extension = ".eml";
        private const string SizeTag = ",S=";
        private const string FlagsTag = ",F=";

        // Maildir's letters, in its (alphabetical) order, with the bit each stands for.
        private const string Letters = "DFRST";

        private static int Bit(char letter)
        {
            switch (letter)
            {
                case 'D': return MessageFlags.Draft;
                case 'F': return MessageFlags.Flagged;
                case 'R': return MessageFlags.Answered;
                case 'S': return MessageFlags.Seen;
                case 'T': return MessageFlags.Deleted;
                default: return 0;
            }
        }

        /// <summary>The file name (without folder) of message <paramref name="uid"/> of <paramref name="size"/> bytes.</summary>
        public static string Of(string uid, long size)
        {
            return Of(uid, size, 0);
        }

        /// <summary>The name of message <paramref name="uid"/> of <paramref name="size"/> bytes with <paramref name="flags"/> (<see cref="MessageFlags"/>).</summary>
        public static string Of(string uid, long size, int flags)
        {
            string letters = "";
            for (int i = 0; i < Letters.Length; i++)
            {
                if ((flags & Bit(Letters[i])) != 0)
                {
                    letters += Letters[i];
                }
            }
            for (int i = 0; i < MessageFlags.MaxKeywords; i++)
            {
                if ((flags & MessageFlags.Keyword(i)) != 0)
                {
                    letters += (char)('a' + i);
                }
            }
            return uid + SizeTag + size + (letters.Length > 0 ? FlagsTag + letters : "") + Extension;
        }

        /// <summary>The flags the name records; letters it does not know are ignored.</summary>
        public static int FlagsOf(string name)
        {
            int tag = name.IndexOf(FlagsTag);
            if (tag < 0)
            {
                return 0;
            }
            int flags = 0;
            for (int i = tag + FlagsTag.Length; i < name.Length - Extension.Length; i++)
            {
                char letter = name[i];
                flags |= letter >= 'a' && letter <= 'z' ? MessageFlags.Keyword(letter - 'a') : Bit(letter);
            }
            return flags;
        }

        /// <summary>True when <paramref name="name"/> (a file name or a path) is a stored message.</summary>
        public static bool IsMessage(string name)
        {
            return name.EndsWith(Extension);
        }

        /// <summary>The uid of message file <paramref name="name"/> (a file name without folder).</summary>
        public static string UidOf(string name)
        {
            int end = name.IndexOf(',');
            return name.Substring(0, end >= 0 ? end : name.Length - Extension.Length);
        }

        /// <summary>The size the name records, or -1 when it records none (or a malformed one).</summary>
        public static long SizeOf(string name)
        {
            int tag = name.IndexOf(SizeTag);
            long size;
            int start = tag + SizeTag.Length;
            int end = tag < 0 ? -1 : name.IndexOf(',', start);
            end = end < 0 ? name.Length - Extension.Length : end;
            if (tag < 0 || !Numbers.TryParse(name.Substring(start, end - start), out size))
            {
                return -1;
            }
            return size;
        }
    }
}
