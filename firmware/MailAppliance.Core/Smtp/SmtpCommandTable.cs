namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// Which command is legal in which state (RFC 5321 §4.1.4), in one table: for each verb,
    /// the reply that refuses it in each state, or null where it is accepted.
    /// </summary>
    public static class SmtpCommandTable
    {
        private const string ok = null;

        private static readonly string[] Verbs =
        {
            "HELO", "EHLO", "MAIL", "RCPT", "DATA", "AUTH", "RSET", "NOOP", "QUIT", "VRFY", "HELP"
        };

        // Columns: Connected, Ready, Mail, Recipient.
        private static readonly string[][] Refusals =
        {
            /* HELO */ new[] { ok, ok, ok, ok },
            /* EHLO */ new[] { ok, ok, ok, ok },
            /* MAIL */ new[] { SmtpReplies.NeedHelo, ok, SmtpReplies.NestedMail, SmtpReplies.NestedMail },
            /* RCPT */ new[] { SmtpReplies.NeedMail, SmtpReplies.NeedMail, ok, ok },
            /* DATA */ new[] { SmtpReplies.NeedMail, SmtpReplies.NeedMail, SmtpReplies.NoValidRecipients, ok },
            /* AUTH */ new[] { SmtpReplies.NeedHelo, ok, SmtpReplies.AuthInTransaction, SmtpReplies.AuthInTransaction },
            /* RSET */ new[] { ok, ok, ok, ok },
            /* NOOP */ new[] { ok, ok, ok, ok },
            /* QUIT */ new[] { ok, ok, ok, ok },
            /* VRFY */ new[] { ok, ok, ok, ok },
            /* HELP */ new[] { ok, ok, ok, ok },
        };

        /// <summary>True when <paramref name="verb"/> (upper case) is a command the appliance knows.</summary>
        public static bool IsKnown(string verb)
        {
            return IndexOf(verb) >= 0;
        }

        /// <summary>
        /// The reply refusing a known <paramref name="verb"/> in <paramref name="state"/>, or null
        /// when it may run. Only the command states (Connected to Recipient) are asked about.
        /// </summary>
        public static string Refusal(string verb, SmtpState state)
        {
            return Refusals[IndexOf(verb)][(int)state];
        }

        private static int IndexOf(string verb)
        {
            for (int i = 0; i < Verbs.Length; i++)
            {
                if (Verbs[i] == verb)
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
