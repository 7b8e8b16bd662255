using MailAppliance.Core.Appliance;
using MailAppliance.Core.Imap;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Sessions
{
    /// <summary>
    /// What the trace and the console log keep of a login: never a password or an AUTH response,
    /// whatever blanks separate the words, and never what was typed as the user name of a failed
    /// login when no user has that name (it may be the password, typed into the wrong field).
    /// </summary>
    public static class LoginTraceCases
    {
        public static void MaskHidesSecretsWhateverTheBlanks()
        {
            Expect.Equal("AUTH\tPLAIN (hidden)", TraceMask.Hide("AUTH\tPLAIN\tAGNsaWVudDEAYWRtaW4="), "TAB-separated AUTH");
            Expect.Equal("auth  plain (hidden)", TraceMask.Hide("auth  plain  AGNsaWVudDEAYWRtaW4="), "lower case, two spaces");
            Expect.Equal(" PASS (hidden)", TraceMask.Hide(" PASS my secret"), "PASS after a leading space, password with a space");
            Expect.Equal("Pass (hidden)", TraceMask.Hide("Pass\tadmin"), "PASS then TAB");
            Expect.Equal("AUTH PLAIN", TraceMask.Hide("AUTH PLAIN"), "no initial response: nothing to hide");
            Expect.Equal("AUTH PLAIN ", TraceMask.Hide("AUTH PLAIN "), "a trailing blank is not a response");
            Expect.Equal("PASS", TraceMask.Hide("PASS"), "PASS alone");
            Expect.Equal("USER client1", TraceMask.Hide("USER client1"), "other commands as they are");
            Expect.Equal("PASSWORD x", TraceMask.Hide("PASSWORD x"), "only the verb PASS");
        }

        /// <summary>IMAP: LOGIN's password, AUTHENTICATE's initial response and every literal stay out of the trace.</summary>
        public static void ImapLoginsAreHidden()
        {
            Expect.Equal("a1 LOGIN client1 (hidden)", TraceMask.HideTagged("a1 LOGIN client1 admin"), "LOGIN");
            Expect.Equal("a2 authenticate PLAIN (hidden)", TraceMask.HideTagged("a2 authenticate PLAIN AGNsaWVudDEAYWRtaW4="), "SASL-IR");
            Expect.Equal("a3 SELECT INBOX", TraceMask.HideTagged("a3 SELECT INBOX"), "other commands as they are");
            var model = LabSessions.Model();
            var trace = new ListTrace();
            var output = new RecordingOutput();
            var session = new ImapSession(model, new MemoryStore(), new FixedClock(), trace, output, "192.168.1.3", "imap 1");
            session.Start();
            LabSessions.Feed(session, "a1 LOGIN client1 admin\r\na2 LOGOUT\r\n");
            var second = new ImapSession(model, new MemoryStore(), new FixedClock(), trace, new RecordingOutput(), "192.168.1.3", "imap 2");
            second.Start();
            LabSessions.Feed(second, "b1 LOGIN {7+}\r\nclient2 {5+}\r\nadmin\r\nb2 AUTHENTICATE PLAIN AGNsaWVudDEAYWRtaW4=\r\n");
            Expect.True(Latin1.GetString(output.Bytes).IndexOf("a1 OK [CAPABILITY") > 0, "the LOGIN worked");
            Expect.True(Traced(trace, "imap 1 C: a1 LOGIN client1 (hidden)"), "LOGIN's password hidden");
            Expect.True(Traced(trace, "imap 2 C: b2 AUTHENTICATE PLAIN (hidden)"), "the initial response hidden");
            Expect.True(!TraceHolds(trace, "admin") && !TraceHolds(trace, "AGNsaWVudDEAYWRtaW4="), "no secret anywhere in the trace, literals included");
        }

        public static void SmtpTabSeparatedAuthWorksAndIsHidden()
        {
            var model = LabSessions.Model();
            var trace = new ListTrace();
            var output = new RecordingOutput();
            var session = new SmtpSession(model, new MemoryStore(), new FixedClock(), trace, output, "192.168.1.3", "smtp 1");
            session.Start();
            LabSessions.Feed(session, "EHLO pc0\r\nAUTH\tPLAIN\tAGNsaWVudDEAYWRtaW4=\r\n");
            Expect.True(Latin1.GetString(output.Bytes).EndsWith("235 2.7.0 Authentication successful\r\n"), "the TAB-separated AUTH logs in");
            Expect.True(Traced(trace, "smtp 1 C: AUTH\tPLAIN (hidden)"), "the response hidden in the trace");
            Expect.True(!TraceHolds(trace, "AGNsaWVudDEAYWRtaW4="), "the response nowhere in the trace");
        }

        public static void SmtpFailedLoginOfAnUnknownNameLogsNoName()
        {
            var model = LabSessions.Model();
            var session = new SmtpSession(model, new MemoryStore(), new FixedClock(), new ListTrace(), new RecordingOutput(), "192.168.1.3", "smtp 1");
            session.Start();
            // "s3cret" as the user name: PLAIN's authcid of "\0s3cret\0x".
            LabSessions.Feed(session, "EHLO pc0\r\nAUTH PLAIN AHMzY3JldAB4\r\nAUTH PLAIN AGNsaWVudDEAd3Jvbmc=\r\n");
            string[] log = model.Log.Lines;
            Expect.True(log[log.Length - 2].EndsWith("smtp: authentication failed for an unknown user from 192.168.1.3"), "the unknown name not logged: " + log[log.Length - 2]);
            Expect.True(log[log.Length - 1].EndsWith("smtp: authentication failed for client1 from 192.168.1.3"), "a known user named: " + log[log.Length - 1]);
        }

        public static void Pop3TabSeparatedPassAndUnknownNames()
        {
            var model = LabSessions.Model();
            var trace = new ListTrace();
            var store = new MemoryStore();
            store.Box("client1");
            var session = new Pop3Session(model, store, new FixedClock(), trace, new RecordingOutput(), "192.168.1.3", "pop3 1");
            session.Start();
            LabSessions.Feed(session, "USER s3cret\r\nPASS x\r\nUSER client1\r\nPASS\twrong\r\n");
            Expect.True(Traced(trace, "pop3 1 C: PASS (hidden)"), "a TAB-separated password hidden");
            Expect.True(!TraceHolds(trace, "wrong"), "the password nowhere in the trace");
            string[] log = model.Log.Lines;
            Expect.True(log[log.Length - 2].EndsWith("pop3: login failed for an unknown user from 192.168.1.3"), "the unknown name not logged: " + log[log.Length - 2]);
            Expect.True(log[log.Length - 1].EndsWith("pop3: login failed for client1 from 192.168.1.3"), "a known user named: " + log[log.Length - 1]);
        }



        private static bool Traced(ListTrace trace, string line)
        {
            string[] lines = trace.Lines;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i] == line)
                {
                    return true;
                }
            }
            return false;
        }

        private static bool TraceHolds(ListTrace trace, string text)
        {
            string[] lines = trace.Lines;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].IndexOf(text) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
