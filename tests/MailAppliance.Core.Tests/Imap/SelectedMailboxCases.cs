using MailAppliance.Core.Appliance;
using MailAppliance.Core.Imap;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Imap
{
    /// <summary>What others change in a selected mailbox reaches the client at NOOP (RFC 3501 §7.4.1, §7.3.1). On .NET and nanoCLR.</summary>
    public static class SelectedMailboxCases
    {
        public static void NoopTellsOfDeliveriesAndDeletions()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var store = new MemoryStore();
            store.Add("client1", "00000001", "Subject: one\r\n");
            store.Add("client1", "00000002", "Subject: two\r\n");
            store.Add("client1", "00000003", "Subject: three\r\n");
            var output = new RecordingOutput();
            var session = new ImapSession(model, store, new FixedClock(), new ListTrace(), output, "192.168.1.4", "imap 1");
            session.Start();
            Feed(session, "a1 LOGIN client1 admin\r\na2 SELECT INBOX\r\n");
            int seen = output.Bytes.Length;
            // POP3 deletes the first and the third; SMTP delivers one more.
            store.Box("client1").RemoveAt(2);
            store.Box("client1").RemoveAt(0);
            store.Add("client1", "00000009", "Subject: new\r\n");
            Feed(session, "a3 NOOP\r\n");
            Expect.Equal("* 3 EXPUNGE\r\n* 1 EXPUNGE\r\n* 2 EXISTS\r\na3 OK NOOP completed\r\n", Since(output, ref seen), "highest first, then the new count");
            Feed(session, "a4 FETCH 1:* UID\r\na5 NOOP\r\n");
            Expect.Equal("* 1 FETCH (UID 2)\r\n* 2 FETCH (UID 9)\r\na4 OK FETCH completed\r\na5 OK NOOP completed\r\n", Since(output, ref seen), "numbered as told; nothing new since");
        }

        // What the session sent since the last look.
        private static string Since(RecordingOutput output, ref int seen)
        {
            byte[] bytes = output.Bytes;
            string text = Latin1.GetString(bytes, seen, bytes.Length - seen);
            seen = bytes.Length;
            return text;
        }

        private static void Feed(ImapSession session, string text)
        {
            byte[] bytes = Latin1.GetBytes(text);
            session.Receive(bytes, 0, bytes.Length);
        }
    }
}
