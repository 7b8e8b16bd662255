using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// The open transaction's envelope (RFC 5321 §3.3): the reverse-path and the mailboxes the
    /// accepted recipients resolve to, each once (client1@mail.com and client1@mt.com are one
    /// mailbox and get one copy).
    /// </summary>
    internal sealed class SmtpEnvelope
    {
        private string[] _mailboxes = StringArrays.New(4);

        /// <summary>MAIL FROM's address ("" for the null reverse-path); null before MAIL.</summary>
        public string Sender { get; set; }

        /// <summary>The first accepted recipient's address as the client wrote it (for Received: "for").</summary>
        public string FirstRecipient { get; private set; }

        /// <summary>The mailboxes to deliver to; the first <see cref="MailboxCount"/> count.</summary>
        public string[] Mailboxes
        {
            get { return _mailboxes; }
        }

        public int MailboxCount { get; private set; }

        /// <summary>Adds an accepted recipient <paramref name="address"/> that resolves to <paramref name="mailbox"/>.</summary>
        public void AddRecipient(string address, string mailbox)
        {
            if (FirstRecipient == null)
            {
                FirstRecipient = address;
            }
            for (int i = 0; i < MailboxCount; i++)
            {
                if (_mailboxes[i] == mailbox)
                {
                    return;
                }
            }
            if (MailboxCount == _mailboxes.Length)
            {
                _mailboxes = StringArrays.Resize(_mailboxes, _mailboxes.Length * 2);
            }
            _mailboxes[MailboxCount++] = mailbox;
        }

        /// <summary>Ends the transaction (RSET, HELO, the end of DATA).</summary>
        public void Clear()
        {
            Sender = null;
            MailboxCount = 0;
            FirstRecipient = null;
        }
    }
}
