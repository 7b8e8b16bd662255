using MailAppliance.Core.Appliance;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// The per-mailbox quota (<see cref="MailLimits.MailboxQuota"/>, 0 for none): it counts what
    /// a mailbox holds plus what a message would add. A card that cannot say is no reason to refuse.
    /// </summary>
    internal sealed class MailboxQuota
    {
        private readonly ApplianceModel _model;
        private readonly IMailStore _store;

        public MailboxQuota(ApplianceModel model, IMailStore store)
        {
            _model = model;
            _store = store;
        }

        /// <summary>True when <paramref name="mailbox"/> holds its quota already (RCPT: 452 4.2.2).</summary>
        public bool IsFull(string mailbox)
        {
            return Over(mailbox, 0);
        }

        /// <summary>True when a message of <paramref name="size"/> bytes would take any of the mailboxes over.</summary>
        public bool AnyOver(string[] mailboxes, int count, long size)
        {
            for (int i = 0; i < count; i++)
            {
                if (Over(mailboxes[i], size))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>True when adding <paramref name="adding"/> bytes would take the mailbox over (0: when it is full already).</summary>
        public bool Over(string mailbox, long adding)
        {
            long quota = _model.Limits.MailboxQuota;
            int count;
            long bytes;
            if (quota <= 0 || _store.MailboxUsage(mailbox, out count, out bytes) != StoreResult.Accepted)
            {
                return false;
            }
            return adding == 0 ? bytes >= quota : bytes + adding > quota;
        }
    }
}
