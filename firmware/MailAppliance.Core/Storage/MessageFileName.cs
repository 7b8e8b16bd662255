using MailAppliance.Core.Text;

namespace MailAppliance.Core.Storage
{
    /// <summary>
    /// The name of a stored message, <c>&lt;uid&gt;,S=&lt;size&gt;.eml</c>: the size in the name, as
    /// Maildir++ and Dovecot do, lets a login read a mailbox from one folder listing. Asking the
    /// card for each file's length costs a stat per message on a PC and, on FAT, a scan of the
    /// folder per message (FatFs's f_stat looks the name up), which grows with the square of
    /// the mailbox. A name without ",S=" (a file a teacher copied in by hand) is still a message;
    /// its size is then unknown here and the store asks the card.
    /// </summary>
    public static class MessageFileName
    {
        public const string Extension = ".eml";
        private const string SizeTag = ",S=";

        /// <summary>The file name (without folder) of message <paramref name="uid"/> of <paramref name="size"/> bytes.</summary>
        public static string Of(string uid, long size)
        {
            return uid + SizeTag + size + Extension;
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
            if (tag < 0 || !Numbers.TryParse(name.Substring(tag + SizeTag.Length, name.Length - Extension.Length - tag - SizeTag.Length), out size))
            {
                return -1;
            }
            return size;
        }
    }
}
