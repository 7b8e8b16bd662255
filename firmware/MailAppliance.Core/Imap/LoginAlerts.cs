using MailAppliance.Core.Appliance;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// What a student is told at login with RFC 3501 §7.1's [ALERT], which clients show to the
    /// user: the card cannot be read, or the INBOX is nearly at the teacher's quota.
    /// </summary>
    internal static class LoginAlerts
    {
        /// <summary>Percent of the quota from which a login is warned.</summary>
        public const int NearlyFull = 90;

        /// <summary>The untagged "* OK [ALERT] ..." line, or null when all is well.</summary>
        public static string For(ApplianceModel model, IImapStore store, string user)
        {
            int count;
            long bytes;
            if (store.MailboxUsage(user, out count, out bytes) != StoreResult.Accepted)
            {
                return "* OK [ALERT] The appliance's SD card cannot be read now: your mail is there, but not until the card is back";
            }
            long quota = model.Limits.MailboxQuota;
            if (quota <= 0 || bytes * 100 < quota * NearlyFull)
            {
                return null;
            }
            long percent = bytes * 100 / quota;
            return "* OK [ALERT] Your INBOX is " + (percent > 100 ? 100 : percent) + "% full (" + bytes + " of " + quota + " bytes): delete some mail, or new mail will be refused";
        }
    }
}
