using System.Threading.Tasks;
using MailAppliance.Core.Appliance;
using MailAppliance.Platform.Network;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Platform.Tests.Network;

/// <summary>The session budget's rules without sockets: the cap, each service's slot, the per-address cap and the brief wait.</summary>
[TestClass]
public sealed class SessionLimiterTests
{
    private readonly MailLimits _limits = new() { MaxSessions = 3, MaxSessionsPerAddress = 2 };
    private readonly SessionLimiter _limiter;
    private readonly int _smtp;
    private readonly int _pop3;

    public SessionLimiterTests()
    {
        _limiter = new SessionLimiter(_limits);
        _smtp = _limiter.AddService(true, false);
        _pop3 = _limiter.AddService(true, false);
    }

    [TestMethod]
    public void AServiceThatKeepsNoSlotTakesNoneFromTheOthers()
    {
        int imap = _limiter.AddService(false, true);
        Assert.IsNotNull(_limiter.TryEnter(_smtp, "10.0.0.1", out _), "SMTP still has two of the three");
        Assert.IsNotNull(_limiter.TryEnter(_smtp, "10.0.0.2", out _));
        Assert.IsNull(_limiter.TryEnter(imap, "10.0.0.3", out string kept), "the last slot is POP3's, not IMAP's to take");
        StringAssert.Contains(kept, "kept for the other services");
        Assert.IsNotNull(_limiter.TryEnter(_pop3, "10.0.0.4", out _));
    }

    [TestMethod]
    public void EachServiceKeepsASlotAndEachAddressItsShare()
    {
        Assert.IsNotNull(_limiter.TryEnter(_smtp, "10.0.0.1", out _));
        Assert.IsNotNull(_limiter.TryEnter(_smtp, "10.0.0.2", out _));
        Assert.IsNull(_limiter.TryEnter(_smtp, "10.0.0.3", out string kept), "the last slot is POP3's");
        StringAssert.Contains(kept, "kept for the other services");
        Assert.IsNotNull(_limiter.TryEnter(_pop3, "10.0.0.1", out _));
        Assert.IsNull(_limiter.TryEnter(_pop3, "10.0.0.4", out string full));
        StringAssert.Contains(full, "all 3 sessions in use");
    }

    [TestMethod]
    public void OneAddressHoldsItsShareOnly()
    {
        _limits.MaxSessions = 10;
        Assert.IsNotNull(_limiter.TryEnter(_smtp, "10.0.0.1", out _));
        Assert.IsNotNull(_limiter.TryEnter(_pop3, "10.0.0.1", out _));
        Assert.IsNull(_limiter.TryEnter(_smtp, "10.0.0.1", out string refusal));
        StringAssert.Contains(refusal, "2 sessions without a login from this address");
        Assert.IsNotNull(_limiter.TryEnter(_smtp, "10.0.0.2", out _), "another PC");
    }

    [TestMethod]
    public void AWaitingConnectionTakesASlotFreedMeanwhile()
    {
        _limits.MaxSessions = 1;
        SessionSlot held = _limiter.TryEnter(_smtp, "10.0.0.1", out _);
        Assert.IsTrue(_limiter.TryStartWaiting());
        var waiter = Task.Run(() => _limiter.WaitToEnter(_smtp, "10.0.0.2", out _));
        _limiter.Leave(held);
        Assert.IsNotNull(waiter.Result, "the slot freed during the wait");
        Assert.AreEqual(0, _limiter.Waiting);
    }

    [TestMethod]
    public void AWaitEndsWithoutASlotAndFewMayWait()
    {
        _limits.MaxSessions = 1;
        _limiter.TryEnter(_smtp, "10.0.0.1", out _);
        for (int i = 0; i < SessionLimiter.MaxWaiting; i++)
        {
            Assert.IsTrue(_limiter.TryStartWaiting(), "waiter " + i);
        }
        Assert.IsFalse(_limiter.TryStartWaiting(), "one more is refused at once, holding no socket");
        Assert.IsNull(_limiter.WaitToEnter(_smtp, "10.0.0.2", out string refusal), "no slot came within the wait");
        StringAssert.Contains(refusal, "all 1 sessions in use");
        Assert.AreEqual(SessionLimiter.MaxWaiting - 1, _limiter.Waiting);
    }

    [TestMethod]
    public void WhenAllAreInUseTheLongestIdleImapSessionIsAskedToMakeRoom()
    {
        _limits.MaxSessions = 4;
        int imap = _limiter.AddService(false, true);
        _limiter.TryEnter(_smtp, "10.0.0.9", out _).Session = new QuietSession(0);
        SessionSlot older = _limiter.TryEnter(imap, "10.0.0.1", out _);
        SessionSlot busy = _limiter.TryEnter(imap, "10.0.0.2", out _);
        SessionSlot newer = _limiter.TryEnter(_pop3, "10.0.0.3", out _);
        older.Session = new QuietSession(0);
        busy.Session = new QuietSession(7);
        newer.Session = new QuietSession(0);
        older.HeardAt = 1000;
        busy.HeardAt = 500;
        newer.HeardAt = 2000;

        Assert.IsNull(_limiter.TryEnter(_smtp, "10.0.0.4", out string refusal));
        StringAssert.Contains(refusal, "asked to make room");
        Assert.IsTrue(older.EvictionAsked, "the IMAP session heard from longest ago, between commands");
        Assert.IsFalse(busy.EvictionAsked, "one in the middle of a command is not interrupted");
        Assert.IsFalse(newer.EvictionAsked, "POP3's sessions are never evicted");

        Assert.IsNull(_limiter.TryEnter(_smtp, "10.0.0.5", out _));
        Assert.IsFalse(busy.EvictionAsked, "one eviction at a time, however many newcomers");
        _limiter.Leave(older);
        Assert.IsNotNull(_limiter.TryEnter(_smtp, "10.0.0.4", out _), "the place it left");
    }

    private sealed class QuietSession : MailAppliance.Core.Sessions.ISession
    {
        public QuietSession(int commandInProgress) => CommandInProgress = commandInProgress;

        public int CommandInProgress { get; }

        public bool IsClosed => false;

        public bool IsAuthenticated => true;

        public void Start() { }

        public void RejectBusy() { }

        public void Receive(byte[] buffer, int offset, int count) { }

        public void TimedOut() { }

        public void Evict() { }

        public void Poll() { }

        public void Disconnected() { }
    }
}
