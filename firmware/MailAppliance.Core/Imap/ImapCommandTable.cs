namespace MailAppliance.Core.Imap
{
    /// <summary>Which command is legal in which state (RFC 3501 §6): in one place, as SMTP's and POP3's tables.</summary>
    internal static class ImapCommandTable
    {
        /// <summary>True for a command this server knows.</summary>
        public static bool IsKnown(string name)
        {
            return Lowest(name) >= 0;
        }

        /// <summary>True when <paramref name="name"/> may be given in <paramref name="state"/>.</summary>
        public static bool IsAllowed(string name, ImapState state)
        {
            switch (Lowest(name))
            {
                case 0:
                    return true;
                case 1:
                    return state == ImapState.NotAuthenticated;
                case 2:
                    return state == ImapState.Authenticated || state == ImapState.Selected;
                default:
                    return state == ImapState.Selected;
            }
        }

        /// <summary>True for the commands on folders (<see cref="FolderCommands"/>).</summary>
        public static bool IsFolderCommand(string name)
        {
            switch (name)
            {
                case "LIST":
                case "LSUB":
                case "STATUS":
                case "CREATE":
                case "DELETE":
                case "RENAME":
                case "SUBSCRIBE":
                case "UNSUBSCRIBE":
                    return true;
                default:
                    return false;
            }
        }

        // 0: any state (§6.1); 1: not authenticated (§6.2); 2: authenticated or selected (§6.3);
        // 3: selected (§6.4); -1: unknown.
        private static int Lowest(string name)
        {
            switch (name)
            {
                case "CAPABILITY":
                case "NOOP":
                case "LOGOUT":
                case "ID":
                    return 0;
                case "LOGIN":
                case "AUTHENTICATE":
                    return 1;
                case "SELECT":
                case "EXAMINE":
                case "LIST":
                case "LSUB":
                case "STATUS":
                case "NAMESPACE":
                case "ENABLE":
                case "CREATE":
                case "DELETE":
                case "RENAME":
                case "SUBSCRIBE":
                case "UNSUBSCRIBE":
                case "APPEND":
                case "IDLE":
                    return 2;
                case "CLOSE":
                case "UNSELECT":
                case "EXPUNGE":
                case "FETCH":
                case "STORE":
                case "SEARCH":
                case "COPY":
                case "MOVE":
                case "CHECK":
                case "UID":
                    return 3;
                default:
                    return -1;
            }
        }
    }
}
