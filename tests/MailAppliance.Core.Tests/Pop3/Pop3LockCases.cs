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
            var model = new ApplianceModel();
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
