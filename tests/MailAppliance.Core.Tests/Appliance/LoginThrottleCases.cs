using MailAppliance.Core.Appliance;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Appliance
{
    /// <summary>Failed logins slowed and blocked per client address, across connections and protocols.</summary>
    public static class LoginThrottleCases
    {
        private const string Guesser = "192.168.1.66";

        public static void DelaysDoubleThenTheAddressIsBlocked()
        {
            var throttle = new LoginThrottle();
            var log = new EventLog();
            var clock = new SettableClock();
            int[] expected = { 1000, 2000, 4000, 8000, 16000, 16000, 16000, 16000, 16000, 16000 };
            for (int i = 0; i < expected.Length; i++)
            {
                Expect.True(!throttle.IsBlocked(Guesser, clock.UtcNow), "not blocked before failure " + (i + 1));
                Expect.Equal(expected[i], throttle.Failed(Guesser, clock.UtcNow, 1000, log), "delay of failure " + (i + 1));
            }
            Expect.True(throttle.IsBlocked(Guesser, clock.UtcNow), "blocked after ten");
            Expect.Equal(1, log.Count, "the block logged once");
            Expect.True(log.Lines[0].EndsWith("login: 192.168.1.66 blocked for 300 s after 10 failed logins"), log.Lines[0]);
            Expect.True(!throttle.IsBlocked("192.168.1.10", clock.UtcNow), "another PC is not held up");
            clock.UtcNow = clock.UtcNow.AddSeconds(LoginThrottle.BlockSeconds - 1);
            Expect.True(throttle.IsBlocked(Guesser, clock.UtcNow), "still blocked a second before the end");
            clock.UtcNow = clock.UtcNow.AddSeconds(2);
            Expect.True(!throttle.IsBlocked(Guesser, clock.UtcNow), "free when the block ends");
            Expect.Equal(16000, throttle.Failed(Guesser, clock.UtcNow, 1000, log), "but still slowed: it has not been quiet");
        }

        public static void ASuccessOrQuietForgives()
        {
            var throttle = new LoginThrottle();
            var log = new EventLog();
            var clock = new SettableClock();
            throttle.Failed(Guesser, clock.UtcNow, 1000, log);
            throttle.Failed(Guesser, clock.UtcNow, 1000, log);
            throttle.Succeeded(Guesser);
            Expect.Equal(1000, throttle.Failed(Guesser, clock.UtcNow, 1000, log), "a login starts afresh");
            clock.UtcNow = clock.UtcNow.AddSeconds(LoginThrottle.MemorySeconds + 1);
            Expect.Equal(1000, throttle.Failed(Guesser, clock.UtcNow, 1000, log), "so does a quarter of an hour of quiet");
        }

        public static void AFullTableForgetsTheOldestAddress()
        {
            var throttle = new LoginThrottle();
            var log = new EventLog();
            var clock = new SettableClock();
            for (int i = 0; i <= LoginThrottle.Capacity; i++)
            {
                throttle.Failed("10.0.0." + i, clock.UtcNow, 1000, log);
                throttle.Failed("10.0.0." + i, clock.UtcNow, 1000, log);
                clock.UtcNow = clock.UtcNow.AddSeconds(1);
            }
            Expect.Equal(1000, throttle.Failed("10.0.0.0", clock.UtcNow, 1000, log), "the oldest made room");
            Expect.Equal(4000, throttle.Failed("10.0.0.16", clock.UtcNow, 1000, log), "the newest is remembered");
        }

        public static void BlockedAddressIsRefusedByBothProtocolsWhateverThePassword()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var clock = new SettableClock();
            for (int i = 0; i < LoginThrottle.BlockAfter; i++)
            {
                // One try per connection, half over SMTP and half over POP3: the count is the address's.
                if (i % 2 == 0)
                {
                    Smtp(model, clock, "AUTH PLAIN AGNsaWVudDEAd3Jvbmc=\r\n");
                }
                else
                {
                    Pop3(model, clock, "USER client1\r\nPASS wrong\r\n");
                }
            }
            string smtp = Smtp(model, clock, "AUTH PLAIN AGNsaWVudDEAYWRtaW4=\r\n");
            Expect.True(smtp.EndsWith("454 4.7.0 Too many failed logins from your address, try again later\r\n"), "SMTP AUTH refused: " + smtp);
            var output = new RecordingOutput();
            string pop3 = Pop3(model, clock, "USER client1\r\nPASS admin\r\n", output);
            Expect.True(pop3.EndsWith("-ERR [SYS/TEMP] Too many failed logins from your address, try again later\r\n") && output.Closed, "POP3 refused and closed: " + pop3);
            Expect.True(!model.Logins.IsBlocked("192.168.1.10", clock.UtcNow), "the real users' PCs are not blocked");
        }

        public static void FailuresFromOneAddressAcrossConnectionsAreSlowedMore()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var clock = new SettableClock();
            var first = new RecordingOutput();
            Pop3(model, clock, "USER client1\r\nPASS wrong\r\n", first);
            var second = new RecordingOutput();
            Pop3(model, clock, "USER client1\r\nPASS wrong\r\n", second);
            Expect.Equal(1000, first.Delays[0], "first connection's failure");
            Expect.Equal(2000, second.Delays[0], "the next connection's, from the same address");
        }

        private static string Smtp(ApplianceModel model, SettableClock clock, string auth)
        {
            var output = new RecordingOutput();
            var session = new SmtpSession(model, new MemoryStore(), clock, new ListTrace(), output, Guesser, "smtp 1");
            session.Start();
            LabSessions.Feed(session, "EHLO pc\r\n" + auth);
            return output.Text;
        }

        private static string Pop3(ApplianceModel model, SettableClock clock, string commands)
        {
            return Pop3(model, clock, commands, new RecordingOutput());
        }

        private static string Pop3(ApplianceModel model, SettableClock clock, string commands, RecordingOutput output)
        {
            var store = new MemoryStore();
            store.Box("client1");
            var session = new Pop3Session(model, store, clock, new ListTrace(), output, Guesser, "pop3 1");
            session.Start();
            LabSessions.Feed(session, commands);
            return output.Text;
        }
    }
}
