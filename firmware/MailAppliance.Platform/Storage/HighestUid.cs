using System.IO;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// The highest UID a folder ever held, kept in it (<c>imap.highestuid</c>) only once that
    /// message is gone: IMAP's UIDNEXT is one past it or past the highest message there now, so
    /// it changes when a message comes, and only then, even when the newest one is deleted
    /// (RFC 3501 §2.3.1.1). UIDs come from one counter for the whole card, so the next message's
    /// UID is at least that.
    /// </summary>
    internal static class HighestUid
    {
        private const string FileName = "imap.highestuid";

        /// <summary>The UID kept, or 0.</summary>
        public static long Read(string folder)
        {
            byte[] saved = AtomicFile.Read(Path.Combine(folder, FileName));
            long uid;
            return saved != null && Numbers.TryParse(Ascii.GetString(saved, 0, saved.Length).Trim(), out uid) ? uid : 0;
        }

        /// <summary>
        /// Keeps <paramref name="uid"/> before a message that may be the folder's newest is removed,
        /// once IMAP has seen the folder: until then its first UIDVALIDITY is still to come, and a
        /// POP3-only mailbox gets no file and no write.
        /// </summary>
        public static void Raise(string folder, long uid)
        {
            if (File.Exists(Path.Combine(folder, FileMailStore.UidValidityFile)) && uid > Read(folder))
            {
                AtomicFile.Write(Path.Combine(folder, FileName), Ascii.GetBytes(uid.ToString()));
            }
        }
    }
}
