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
    }
}
