using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>STATUS's items (RFC 3501 §6.3.10): MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN, RECENT.</summary>
    internal static class StatusItems
    {
        /// <summary>"MESSAGES 3 UNSEEN 1" for the items asked, or null with <paramref name="error"/> for an unknown one.</summary>
        public static string Answer(IImapFolder folder, ImapValue[] asked, out string error)
        {
            string items = "";
            for (int i = 0; i < asked.Length; i++)
            {
                string item = asked[i].Text.ToUpper();
                long value;
                switch (item)
                {
                    case "MESSAGES":
                        value = folder.Count;
                        break;
                    case "UIDNEXT":
                        value = folder.UidNext;
                        break;
                    case "UIDVALIDITY":
                        value = folder.UidValidity;
                        break;
                    case "RECENT":
                        // \Recent is not kept (RFC 9051 dropped it).
                        value = 0;
                        break;
                    case "UNSEEN":
                        value = 0;
                        for (int m = 0; m < folder.Count; m++)
                        {
                            value += (folder.FlagsOf(m) & MessageFlags.Seen) == 0 ? 1 : 0;
                        }
                        break;
                    default:
                        error = "Unknown STATUS item " + asked[i].Text;
                        return null;
                }
                items += (items.Length > 0 ? " " : "") + item + " " + value;
            }
            error = null;
            return items;
        }
    }
}
