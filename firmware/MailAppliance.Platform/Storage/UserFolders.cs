using System.IO;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// A user's IMAP folders on the card: INBOX is the user's mailbox folder itself (what POP3
    /// reads), every other folder a sub-folder of it, nested as its name is ("Projects/2026" is
    /// <c>mail/&lt;user&gt;/Projects/2026/</c>), so a teacher reading the card on a PC sees the
    /// folders a student made. Messages in them are named as in INBOX (MessageFileName).
    /// </summary>
    internal static class UserFolders
    {
        /// <summary>The folder on the card for <paramref name="folder"/> ("INBOX" or a '/'-separated name).</summary>
        public static string PathOf(string mailbox, string folder)
        {
            if (folder == "INBOX")
            {
                return mailbox;
            }
            // nanoFramework's string has no Replace: level by level.
            string[] levels = folder.Split('/');
            string path = mailbox;
            for (int i = 0; i < levels.Length; i++)
            {
                path = Path.Combine(path, levels[i]);
            }
            return path;
        }

        /// <summary>Every folder under <paramref name="mailbox"/>, as names, parents before children.</summary>
        public static string[] List(string mailbox)
        {
            var names = StringArrays.New(8);
            int count = 0;
            if (Directory.Exists(mailbox))
            {
                Walk(mailbox, "", ref names, ref count);
            }
            return StringArrays.Resize(names, count);
        }

        private static void Walk(string path, string prefix, ref string[] names, ref int count)
        {
            string[] children = Directory.GetDirectories(path);
            StringSort.Sort(children, children.Length);
            for (int i = 0; i < children.Length; i++)
            {
                string name = prefix + Path.GetFileName(children[i]);
                if (count == names.Length)
                {
                    names = StringArrays.Resize(names, count * 2);
                }
                names[count++] = name;
                Walk(children[i], name + "/", ref names, ref count);
            }
        }

        /// <summary>Removes a folder's messages and files, then the folder.</summary>
        public static void Delete(string path)
        {
            string[] files = Directory.GetFiles(path);
            for (int i = 0; i < files.Length; i++)
            {
                File.Delete(files[i]);
            }
            Directory.Delete(path);
            StableStorage.SyncFolderOf(path);
        }

        /// <summary>Moves INBOX's messages into the new folder <paramref name="target"/> (RENAME INBOX).</summary>
        public static void MoveMessages(string inbox, string target)
        {
            Directory.CreateDirectory(target);
            string[] messages = FileMailStore.MessagesIn(Directory.GetFiles(inbox));
            if (messages.Length > 0)
            {
                long uid;
                Core.Text.Numbers.TryParseHex(MessageFileName.UidOf(Path.GetFileName(messages[messages.Length - 1])), out uid);
                HighestUid.Raise(inbox, uid);
            }
            for (int i = 0; i < messages.Length; i++)
            {
                File.Move(messages[i], Path.Combine(target, Path.GetFileName(messages[i])));
            }
            StableStorage.Sync(target);
            StableStorage.Sync(inbox);
        }
    }
}
