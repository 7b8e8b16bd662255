using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Sessions
{
    /// <summary>
    /// Where sends end (ARCHITECTURE.md: one reply is one send): a multi-line reply and the
    /// replies to a pipelined batch leave in one write; a message body in writes of the buffer's
    /// size, never one per line. On the board each write is an lwIP segment, and a client that
    /// reads one segment per reply (nmap's smtp scripts) falls behind when a reply is split.
    /// </summary>
    public static class SendBoundaryCases
    {
        public static void SmtpEhloAndAPipelinedBatchAreOneSendEach()
        {
            var output = new RecordingOutput();
            var session = new SmtpSession(LabSessions.Model(), new MemoryStore(), new FixedClock(), new ListTrace(), output, "192.168.1.3", "smtp 1");
            session.Start();
            Expect.Equal(1, output.Writes, "the greeting");
            output.ResetWrites();
            LabSessions.Feed(session, "EHLO pc0\r\n");
            Expect.Equal(1, output.Writes, "EHLO's six lines");
            output.ResetWrites();
            LabSessions.Feed(session, "MAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nRCPT TO:<x@example.org>\r\nDATA\r\n");
            Expect.Equal(1, output.Writes, "four replies to a pipelined batch");
            Expect.True(output.Text.EndsWith("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n554 5.7.1 <x@example.org>: Relay access denied\r\n354 End data with <CR><LF>.<CR><LF>\r\n"), output.Text);
        }

        public static void SmtpRepliesGoOutBeforeAFailedLoginsPause()
        {
            var output = new RecordingOutput();
            var model = LabSessions.Model();
            model.Limits.AuthFailureDelayMilliseconds = 1000;
            var session = new SmtpSession(model, new MemoryStore(), new FixedClock(), new ListTrace(), output, "192.168.1.3", "smtp 1");
            session.Start();
            output.ResetWrites();
            LabSessions.Feed(session, "EHLO pc0\r\nAUTH PLAIN AGNsaWVudDEAd3Jvbmc=\r\n");
            Expect.Equal(2, output.Writes, "EHLO's reply before the pause, the refusal after it");
            Expect.Equal(1, output.Delays.Length, "one pause");
        }

        public static void Pop3CapaListAndRetrSendWhole()
        {
            var store = new MemoryStore();
            for (int i = 1; i <= 3; i++)
            {
                store.Add("client2", "0000000" + i, "Subject: " + i + "\r\n\r\nbody " + i);
            }
            string big = "Subject: big\r\n\r\n";
            for (int i = 0; i < 80; i++)
            {
                big += "line " + i + " of a message long enough to be sent in several chunks\r\n";
            }
            store.Add("client2", "00000009", big);
            var output = new RecordingOutput();
            var session = new Pop3Session(LabSessions.Model(), store, new FixedClock(), new ListTrace(), output, "192.168.1.4", "pop3 1");
            session.Start();
            LabSessions.Feed(session, "USER client2\r\nPASS admin\r\n");
            output.ResetWrites();
            LabSessions.Feed(session, "CAPA\r\n");
            Expect.Equal(1, output.Writes, "CAPA's ten lines");
            output.ResetWrites();
            LabSessions.Feed(session, "LIST\r\n");
            Expect.Equal(1, output.Writes, "LIST of four messages");
            output.ResetWrites();
            LabSessions.Feed(session, "RETR 4\r\n");
            int[] sizes = output.WriteSizes;
            int bodyBytes = 0;
            for (int i = 1; i < sizes.Length; i++)
            {
                bodyBytes += sizes[i];
            }
            // The +OK line goes first on its own, then the body in sends of one lwIP segment each.
            Expect.Equal(1 + (bodyBytes + IoSizes.Segment - 1) / IoSizes.Segment, sizes.Length, "writes for the +OK line and " + bodyBytes + " bytes of body");
            for (int i = 1; i < sizes.Length - 1; i++)
            {
                Expect.Equal(IoSizes.Segment, sizes[i], "body write " + i);
            }
            Expect.True(bodyBytes > 3 * IoSizes.Segment, "a body of several segments: " + bodyBytes);
        }

        public static void DnsTcpAnswersToOneChunkAreOneSend()
        {
            var model = LabSessions.Model();
            var output = new RecordingOutput();
            var session = new DnsTcpSession(new DnsResponder(model, new DnsZones(model)), null, output, new ListTrace(), DnsClients.Lab, "dns-tcp 1");
            session.Start();
            var chunk = new ByteBuffer();
            foreach (int type in new[] { DnsType.A, DnsType.MX, DnsType.NS })
            {
                byte[] query = DnsQuery.Build("mail.com", type);
                chunk.Append(new[] { (byte)(query.Length >> 8), (byte)query.Length });
                chunk.Append(query);
            }
            byte[] bytes = chunk.ToArray();
            session.Receive(bytes, 0, bytes.Length);
            Expect.Equal(1, output.Writes, "three answers to one chunk");
            output.ResetWrites();
            session.Receive(bytes, 0, 20);
            Expect.Equal(0, output.Writes, "nothing before a query is whole");
        }
    }
}
