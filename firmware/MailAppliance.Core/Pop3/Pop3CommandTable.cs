namespace MailAppliance.Core.Pop3
{
    /// <summary>
    /// Which command is legal in which state (RFC 1939 §4–§6, CAPA from RFC 2449 §5), in one
    /// table: for each verb, the reply that refuses it in AUTHORIZATION and in TRANSACTION, or
    /// null where it may run. Where they lead: a login (PASS, or AUTH's exchange) that opens the
    /// mailbox goes to TRANSACTION; QUIT closes, deleting what was marked only from TRANSACTION
    /// (the UPDATE state).
    /// </summary>
    internal static class Pop3CommandTable
    {
        private const string ok = null;

        // Built when asked: static tables take nanoCLR's heap from boot.
        private static string[] Verbs()
        {
            return new[] { "CAPA", "QUIT", "NOOP", "USER", "PASS", "AUTH", "STAT", "LIST", "UIDL", "RETR", "TOP", "DELE", "RSET" };
        }

        /// <summary>True when <paramref name="verb"/> (upper case) is a command the appliance knows.</summary>
        public static bool IsKnown(string verb)
        {
            return System.Array.IndexOf(Verbs(), verb) >= 0;
        }

        /// <summary>The reply refusing a known <paramref name="verb"/> in <paramref name="state"/> (Authorization or Transaction), or null.</summary>
        public static string Refusal(string verb, Pop3State state)
        {
            bool transaction = state == Pop3State.Transaction;
            switch (verb)
            {
                case "CAPA":
                case "QUIT":
                    return ok;
                case "USER":
                case "PASS":
                case "AUTH":
                    return transaction ? Pop3Replies.WrongState : ok;
                default:
                    // NOOP and the maildrop commands need a maildrop.
                    return transaction ? ok : Pop3Replies.WrongState;
            }
        }
    }
}
