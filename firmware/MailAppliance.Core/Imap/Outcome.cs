namespace MailAppliance.Core.Imap
{
    /// <summary>How a command handled outside the session ended; the session turns it into the tagged reply.</summary>
    internal static class Outcome
    {
        public const int Ok = 0;

        /// <summary>A syntax error: BAD with the text given.</summary>
        public const int Bad = 1;

        /// <summary>A refusal: the text given is the whole tagged NO line.</summary>
        public const int No = 2;

        /// <summary>The card failed part-way through a response: the connection ends.</summary>
        public const int CardFailed = 3;

        /// <summary>CLOSE or UNSELECT: the mailbox is no longer selected; then OK.</summary>
        public const int Deselect = 4;

        /// <summary>Not a command of this group.</summary>
        public const int Unknown = 5;
    }
}
