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
    }
}
