using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// A lab of 30 students with a mail client open each, on the board's default session budget
/// (4 sessions, of which SMTP and POP3 keep one each): the IMAP clients cannot all stay
/// connected, so each newcomer makes the longest-idle one leave with "* BYE", and that client
/// connects again the next time it looks for mail, as Thunderbird does.
/// </summary>
[TestClass]
public sealed class ImapCrowdTests
{
    private const int Students = 30;

    [TestMethod]
    public void ThirtyStudentsPollingAndIdlingInTurnAllGetTheirMail()
    {
        using var emulator = EmulatorProcess.Start();
        emulator.TypeOnConsole("configure terminal");
        for (int i = 1; i <= Students; i++)
        {
            emulator.TypeOnConsole($"username student{i:00} password admin");
        }
        emulator.TypeOnConsole("end");
        emulator.TypeOnConsole("show users");
        emulator.WaitForLine(l => l.Contains($"student{Students:00}"), "the last student in show users");

        var students = Enumerable.Range(1, Students).Select(i => new Student(emulator, $"student{i:00}")).ToArray();
        int reconnects = 0;
        for (int round = 1; round <= 2; round++)
        {
            foreach (Student student in students)
            {
                ImapMail.Send(emulator, student.User, "round " + round);
            }
            foreach (Student student in students)
            {
                reconnects += student.LookAndIdle() ? 1 : 0;
            }
        }
        foreach (Student student in students)
        {
            student.Stop();
            CollectionAssert.AreEqual(new[] { "round 1", "round 2" }, student.Subjects, student.User + " got its mail");
        }
        int evicted = emulator.Output.Split('\n').Count(l => l.Contains("to make room for a new connection"));
        System.Console.WriteLine($"{Students} IMAP clients, 2 rounds: {reconnects} reconnections after {evicted} evictions");
        Assert.IsTrue(evicted >= Students, "the crowd did not fit, so sessions were evicted: " + evicted);
        emulator.Stop();
    }

    /// <summary>One student's mail client: looks at INBOX, then waits in IDLE until its next look.</summary>
    private sealed class Student
    {
        private readonly EmulatorProcess _emulator;
        private ImapClient _imap;
        private CancellationTokenSource _done;
        private Task _idle;

        public Student(EmulatorProcess emulator, string user)
        {
            _emulator = emulator;
            User = user;
        }

        public string User { get; }

        public List<string> Subjects { get; } = new();

        /// <summary>Ends the IDLE, connecting again if the server closed the session meanwhile; true when it had.</summary>
        public bool LookAndIdle()
        {
            bool reconnected = EndIdle();
            if (_imap == null)
            {
                _imap = new ImapClient();
                _imap.Connect(_emulator.Host, _emulator.ImapPort, MailKit.Security.SecureSocketOptions.None);
                _imap.Authenticate(User, "admin");
                _imap.Inbox.Open(FolderAccess.ReadWrite);
            }
            else
            {
                _imap.NoOp();
            }
            for (int i = Subjects.Count; i < _imap.Inbox.Count; i++)
            {
                Subjects.Add(_imap.Inbox.GetMessage(i).Subject);
            }
            _done = new CancellationTokenSource();
            var done = _done.Token;
            var imap = _imap;
            _idle = Task.Run(() => imap.Idle(done));
            return reconnected;
        }

        public void Stop()
        {
            EndIdle();
            _imap?.Dispose();
        }

        // True when the session had been closed by the server (evicted) and must be opened again.
        private bool EndIdle()
        {
            if (_idle == null)
            {
                return false;
            }
            _done.Cancel();
            try
            {
                _idle.Wait(TimeSpan.FromSeconds(30));
            }
            catch (AggregateException)
            {
                // The server said BYE during IDLE: MailKit ends the IDLE with an error.
            }
            _idle = null;
            if (_imap.IsConnected)
            {
                return false;
            }
            _imap.Dispose();
            _imap = null;
            return true;
        }
    }
}
