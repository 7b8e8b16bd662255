using MailAppliance.Core.Imap;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Imap
{
    /// <summary>APPEND's message as it comes: always a command in progress, so it is timed per chunk and never evicted. On .NET and nanoCLR.</summary>
    public static class AppendUploadCases
    {
        public static void AnUploadIsACommandInProgressChunkByChunk()
        {
            var model = new MailAppliance.Core.Appliance.ApplianceModel(new CountingRandom());
            MailAppliance.Core.Appliance.LabExample.Apply(model);
            var store = new MemoryStore();
            var session = new ImapSession(model, store, new FixedClock(), new ListTrace(), new RecordingOutput(), "192.168.1.4", "imap 1");
            session.Start();
            Feed(session, "a LOGIN client1 admin\r\nb APPEND Sent {11+}\r\n");
            int first = session.CommandInProgress;
            Expect.True(first != 0, "the literal announced: a command in progress, not an idle session");
            Feed(session, "Subj");
            int second = session.CommandInProgress;
            Expect.True(second != 0 && second != first, "each chunk restarts the command's deadline");
            Feed(session, "ect:x\r\n");
            Expect.True(session.CommandInProgress != 0, "the literal is in, its command line not yet ended");
            Feed(session, "\r\n");
            Expect.Equal(0, session.CommandInProgress, "done: idle again");
            Expect.Equal(1, store.Box("client1/Sent").Count, "the message stored");
        }

        private static void Feed(ImapSession session, string text)
        {
            byte[] bytes = Latin1.GetBytes(text);
            session.Receive(bytes, 0, bytes.Length);
        }
    }
}
