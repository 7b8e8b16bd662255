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

        /// <summary>True when <paramref name="verb"/> (upper case) is a command the appliance knows.</summary>
        public static bool IsKnown(string verb)
        {
            // A switch: no table in nanoCLR's heap from boot, and nothing allocated per command.
            switch (verb)
            {
                case "CAPA":
                case "QUIT":
                case "NOOP":
                case "USER":
                case "PASS":
                case "AUTH":
                case "STAT":
                case "LIST":
                case "UIDL":
                case "RETR":
                case "TOP":
                case "DELE":
                case "RSET":
                    return true;
                default:
                    return false;
            }
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
