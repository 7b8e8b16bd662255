namespace MailAppliance.Core.Imap
{
    /// <summary>A client's command as read: its tag, its name in upper case, and its arguments.</summary>
    internal sealed class ImapCommand
    {
        public ImapCommand(string tag, string name, ImapValue[] arguments)
        {
            Tag = tag;
            Name = name;
            Arguments = arguments;
        }

        public string Tag { get; private set; }

        /// <summary>CAPABILITY, LOGIN, FETCH ... (for "UID FETCH" the name is UID and FETCH the first argument).</summary>
        public string Name { get; private set; }

        public ImapValue[] Arguments { get; private set; }
    }
}
