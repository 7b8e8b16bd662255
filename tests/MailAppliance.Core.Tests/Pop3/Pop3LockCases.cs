using MailAppliance.Core.Appliance;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Pop3
{
    /// <summary>
    /// The mailbox lock is free by the time the client reads QUIT's "+OK": a client that
    /// reconnects at once (python's poplib in the lab flow, Thunderbird checking again) must not
    /// get [IN-USE] from its own finished session (RFC 1939 §6: resources are released in UPDATE).
    /// </summary>
    public static class Pop3LockCases
    {
        public static void QuitFreesTheMailboxBeforeTheReply()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var store = new MemoryStore();
            store.Add("client2", "00000001", "Subject: x\r\n\r\nbody");
            var output = new LockProbe(model.Locks, "client2");
            var session = new Pop3Session(model, store, new FixedClock(), new ListTrace(), output, "192.168.1.4", "pop3 1");
            session.Start();
            byte[] bytes = Latin1.GetBytes("USER client2\r\nPASS admin\r\nDELE 1\r\nQUIT\r\n");
            session.Receive(bytes, 0, bytes.Length);
            Expect.True(output.SawBye, "QUIT answered");
            Expect.True(output.FreeAtBye, "the mailbox was free when +OK Bye went out");
        }

        /// <summary>
        /// A dropped session's mailbox is free by the time the trace says so: a test (or a teacher)
        /// that acts on "client disconnected" must find it unlocked.
        /// </summary>
        public static void ADroppedSessionFreesTheMailboxBeforeTracingIt()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            var store = new MemoryStore();
            store.Add("client2", "00000001", "Subject: x\r\n\r\nbody");
            var trace = new LockProbeTrace(model.Locks, "client2");
            var session = new Pop3Session(model, store, new FixedClock(), trace, new RecordingOutput(), "192.168.1.4", "pop3 1");
            session.Start();
            LabSessions.Feed(session, "USER client2\r\nPASS admin\r\nDELE 1\r\n");
            session.Disconnected();
            Expect.True(trace.SawDisconnect, "the drop traced");
            Expect.True(trace.FreeAtDisconnect, "the mailbox was free when the trace said so");
        }

        // Tries the lock when the trace reports the drop, as the next login would.
        private sealed class LockProbeTrace : ITrace
        {
            private readonly MailboxLocks _locks;
            private readonly string _mailbox;

            public LockProbeTrace(MailboxLocks locks, string mailbox)
            {
                _locks = locks;
                _mailbox = mailbox;
            }

            public bool SawDisconnect;
            public bool FreeAtDisconnect;

            public bool IsTracing(string protocol)
            {
                return true;
            }

            public void Write(string session, string line)
            {
                if (line.IndexOf("client disconnected") >= 0)
                {
                    SawDisconnect = true;
                    FreeAtDisconnect = _locks.TryAcquire(_mailbox);
                    if (FreeAtDisconnect)
                    {
                        _locks.Release(_mailbox);
                    }
                }
            }
        }

        // Tries the lock at the moment the goodbye is written, as a reconnecting client would.
        private sealed class LockProbe : ISessionOutput
        {
            private readonly MailboxLocks _locks;
            private readonly string _mailbox;

            public LockProbe(MailboxLocks locks, string mailbox)
            {
                _locks = locks;
                _mailbox = mailbox;
            }

            public bool SawBye;
            public bool FreeAtBye;

            public void Write(byte[] buffer, int offset, int count)
            {
                if (Latin1.GetString(buffer, offset, count).IndexOf("+OK Bye") >= 0)
                {
                    SawBye = true;
                    FreeAtBye = _locks.TryAcquire(_mailbox);
                    if (FreeAtBye)
                    {
                        _locks.Release(_mailbox);
                    }
                }
            }

            public void Delay(int milliseconds)
            {
            }

            public void Close()
            {
            }
        }
    }
}
