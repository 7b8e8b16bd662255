namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// Which command is legal in which state and where it leads (RFC 5321 §4.1.4), in one
    /// place: for each verb, the reply that refuses it in each state (null where it may run), and
    /// the state an accepted command moves the session to. Leaving DATA and AUTH (the content
    /// ends, the exchange ends) returns to Ready; QUIT closes.
    /// </summary>
    internal static class SmtpCommandTable
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

        private const SmtpState Connected = SmtpState.Connected;
        private const SmtpState Ready = SmtpState.Ready;
        private const SmtpState Mail = SmtpState.Mail;
        private const SmtpState Recipient = SmtpState.Recipient;

        // Columns as above: the state after the command was accepted there (where it is refused, unused).
        private static readonly SmtpState[][] Transitions =
        {
            /* HELO */ new[] { Ready, Ready, Ready, Ready },
            /* EHLO */ new[] { Ready, Ready, Ready, Ready },
            /* MAIL */ new[] { Connected, Mail, Mail, Recipient },
            /* RCPT */ new[] { Connected, Ready, Recipient, Recipient },
            /* DATA */ new[] { Connected, Ready, Mail, SmtpState.Data },
            /* AUTH */ new[] { Connected, SmtpState.Auth, Mail, Recipient },
            /* RSET */ new[] { Connected, Ready, Ready, Ready },
            /* NOOP */ new[] { Connected, Ready, Mail, Recipient },
            /* QUIT */ new[] { SmtpState.Closed, SmtpState.Closed, SmtpState.Closed, SmtpState.Closed },
            /* VRFY */ new[] { Connected, Ready, Mail, Recipient },
            /* HELP */ new[] { Connected, Ready, Mail, Recipient },
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

        /// <summary>Where <paramref name="verb"/>, accepted in <paramref name="state"/>, leads.</summary>
        public static SmtpState Next(string verb, SmtpState state)
        {
            return Transitions[IndexOf(verb)][(int)state];
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
