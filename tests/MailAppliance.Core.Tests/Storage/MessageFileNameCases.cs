using MailAppliance.Core.Storage;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Storage
{
    /// <summary>Stored message names, on .NET and nanoCLR alike.</summary>
    public static class MessageFileNameCases
    {
        public static void NameRecordsUidAndSize()
        {
            string name = MessageFileName.Of("0000002a", 20971520);
            Expect.Equal("0000002a,S=20971520.eml", name, "name");
            Expect.True(MessageFileName.IsMessage(name), "is a message");
            Expect.Equal("0000002a", MessageFileName.UidOf(name), "uid");
            Expect.True(MessageFileName.SizeOf(name) == 20971520, "size");
        }

        public static void NameWithoutASizeIsAMessageOfUnknownSize()
        {
            Expect.Equal("00000007", MessageFileName.UidOf("00000007.eml"), "uid");
            Expect.True(MessageFileName.SizeOf("00000007.eml") == -1, "no size");
            Expect.True(MessageFileName.SizeOf("00000007,S=.eml") == -1, "empty size");
            Expect.True(MessageFileName.SizeOf("00000007,S=12k.eml") == -1, "malformed size");
            Expect.True(MessageFileName.SizeOf("00000007,S=-1.eml") == -1, "negative size");
            Expect.True(!MessageFileName.IsMessage("00000007.tmp"), "a temporary file is no message");
        }

        /// <summary>IMAP's flags as Maildir's letters after the size; POP3 reads uid and size from such a name as before.</summary>
        public static void NameRecordsFlags()
        {
            string name = MessageFileName.Of("0000002a", 512, MessageFlags.Seen | MessageFlags.Deleted | MessageFlags.Answered | MessageFlags.Draft | MessageFlags.Flagged);
            Expect.Equal("0000002a,S=512,F=DFRST.eml", name, "all five, in Maildir's order");
            Expect.Equal(MessageFlags.All, MessageFileName.FlagsOf(name), "read back");
            Expect.True(MessageFileName.SizeOf(name) == 512 && MessageFileName.UidOf(name) == "0000002a", "uid and size as before");
            Expect.Equal("0000002a,S=512,F=S.eml", MessageFileName.Of("0000002a", 512, MessageFlags.Seen), "seen only");
            Expect.Equal("0000002a,S=512.eml", MessageFileName.Of("0000002a", 512, 0), "no flags: the POP3 name");
            Expect.Equal(0, MessageFileName.FlagsOf("0000002a,S=512.eml"), "none");
            Expect.Equal(MessageFlags.Seen, MessageFileName.FlagsOf("0000002a,S=512,F=SX9.eml"), "unknown letters ignored");
            int keywords = MessageFlags.Seen | MessageFlags.Keyword(0) | MessageFlags.Keyword(25);
            Expect.Equal("0000002a,S=512,F=Saz.eml", MessageFileName.Of("0000002a", 512, keywords), "keywords as lower-case letters after the system flags, as Dovecot's Maildir");
            Expect.Equal(keywords, MessageFileName.FlagsOf("0000002a,S=512,F=Saz.eml"), "and read back");
        }
    }
}
