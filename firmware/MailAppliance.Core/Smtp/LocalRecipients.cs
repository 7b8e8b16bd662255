using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// Which mailbox an RCPT address reaches. Users belong to the appliance, as Postfix's local
    /// users do: a user's name at any of its domains is that user's one mailbox. Every other
    /// domain is refused: the appliance never relays.
    /// </summary>
    internal static class LocalRecipients
    {
        /// <summary>
        /// Finds the mailbox for <paramref name="address"/>; returns the refusing reply (relay
        /// denied, unknown user), or null with <paramref name="mailbox"/> set.
        /// </summary>
        public static string Resolve(ApplianceModel model, string address, out string mailbox)
        {
            string local;
            string domain;
            SmtpPath.Split(address, out local, out domain);
            mailbox = null;
            // RFC 5321 §4.1.1.3: "<Postmaster>" without a domain must be accepted, so a bare
            // local part counts as local.
            if (domain.Length > 0 && !model.Domains.IsLocal(domain))
            {
                return string.Format(SmtpReplies.RelayDenied, address);
            }
            mailbox = Ascii.EqualsIgnoreCase(local, "postmaster") ? Postmaster(model) : model.Users.Find(local);
            return mailbox == null ? string.Format(SmtpReplies.UnknownUser, address) : null;
        }

        // RFC 5321 §4.5.1: postmaster at every domain reaches a person: the configured user,
        // else the first user, so it works before the teacher sets one.
        private static string Postmaster(ApplianceModel model)
        {
            string postmaster = model.Users.Find(model.Domains.PostmasterUser ?? "");
            if (postmaster != null)
            {
                return postmaster;
            }
            string[] users = model.Users.Names;
            return users.Length > 0 ? users[0] : null;
        }
    }
}
