namespace MailAppliance.Core.Imap
{
    /// <summary>The states of an IMAP connection (RFC 3501 §3).</summary>
    internal enum ImapState
    {
        NotAuthenticated,

        /// <summary>AUTHENTICATE is waiting for the client's next line.</summary>
        Authenticating,

        Authenticated,
        Selected,
        Logout
    }
}
