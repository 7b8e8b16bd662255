namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>One message in a <see cref="MemoryStore"/> mailbox.</summary>
    public sealed class StoredMessage
    {
        public StoredMessage(string uid, byte[] bytes)
        {
            Uid = uid;
            Bytes = bytes;
        }

        public string Uid { get; }

        public byte[] Bytes { get; set; }

        /// <summary>The message's MessageFlags, as IMAP keeps them.</summary>
        public int Flags { get; set; }
    }
}
