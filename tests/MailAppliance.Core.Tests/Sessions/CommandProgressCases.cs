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
    /// What each engine tells the service loop of a command partly received
    /// (<see cref="ISession.CommandInProgress"/>) and of a login (<see cref="ISession.IsAuthenticated"/>):
    /// the loop's command deadline and per-address cap rest on them.
    /// </summary>
    public static class CommandProgressCases
    {
        public static void SmtpNumbersEachCommandAndEachMessageLine()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var session = new SmtpSession(model, new MemoryStore(), new FixedClock(), new ListTrace(), new RecordingOutput(), "192.168.1.3", "smtp 1");
            session.Start();
            Expect.Equal(0, session.CommandInProgress, "nothing received");
            LabSessions.Feed(session, "EH");
            Expect.Equal(1, session.CommandInProgress, "the first command begun");
            LabSessions.Feed(session, "LO pc0\r\n");
            Expect.Equal(0, session.CommandInProgress, "the first command whole");
            LabSessions.Feed(session, "MAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDA");
            Expect.Equal(4, session.CommandInProgress, "the fourth command begun in the same read as two whole ones");
            LabSessions.Feed(session, "TA\r\nSubject: x\r\n\r\nbo");
            Expect.Equal(7, session.CommandInProgress, "the third line of the message begun");
            LabSessions.Feed(session, "dy\r\n");
            Expect.Equal(0, session.CommandInProgress, "a whole line of the message");
            LabSessions.Feed(session, ".");
            Expect.Equal(8, session.CommandInProgress, "a dot that may end the message");
            LabSessions.Feed(session, "\r\n");
            Expect.Equal(0, session.CommandInProgress, "the message ended");
            Expect.True(!session.IsAuthenticated, "no login yet");
            LabSessions.Feed(session, "AUTH PLAIN AGNsaWVudDEAYWRtaW4=\r\n");
            Expect.True(session.IsAuthenticated, "logged in as client1");
        }

        public static void Pop3NumbersEachCommandAndKnowsTheLogin()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var store = new MemoryStore();
            store.Box("client1");
            var session = new Pop3Session(model, store, new FixedClock(), new ListTrace(), new RecordingOutput(), "192.168.1.4", "pop3 1");
            session.Start();
            LabSessions.Feed(session, "USER client1\r\nPA");
            Expect.Equal(2, session.CommandInProgress, "the second command begun");
            Expect.True(!session.IsAuthenticated, "no login yet");
            LabSessions.Feed(session, "SS admin\r\n");
            Expect.Equal(0, session.CommandInProgress, "the second command whole");
            Expect.True(session.IsAuthenticated, "logged in");
        }

        public static void DnsOverTcpNumbersEachQuery()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var session = new DnsTcpSession(new DnsResponder(model, new DnsZones(model)), null, new RecordingOutput(), new ListTrace(), DnsClients.Lab, "dns-tcp 1");
            byte[] query = DnsQuery.Build("mail.com", DnsType.A);
            var framed = new byte[query.Length + 2];
            framed[1] = (byte)query.Length;
            System.Array.Copy(query, 0, framed, 2, query.Length);
            session.Receive(framed, 0, 1);
            Expect.Equal(1, session.CommandInProgress, "half a length prefix is a query begun");
            session.Receive(framed, 1, framed.Length - 1);
            Expect.Equal(0, session.CommandInProgress, "the query whole");
            session.Receive(framed, 0, 3);
            Expect.Equal(2, session.CommandInProgress, "the second query begun");
            Expect.True(!session.IsAuthenticated, "DNS has no login");
        }
    }
}
