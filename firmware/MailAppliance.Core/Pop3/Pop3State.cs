namespace MailAppliance.Core.Pop3
{
    /// <summary>The states of RFC 1939 §3, plus the SASL exchange and the end.</summary>
    internal enum Pop3State
    {
        /// <summary>Before login: USER/PASS, AUTH, CAPA, QUIT.</summary>
        Authorization,

        /// <summary>Reading the continuation line of AUTH PLAIN.</summary>
        Auth,

        /// <summary>Logged in, mailbox locked.</summary>
        Transaction,

        /// <summary>Closed; deletions (if QUIT was sent) are done.</summary>
        Closed
    }
}
