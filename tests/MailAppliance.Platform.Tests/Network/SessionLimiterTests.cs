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
        _smtp = _limiter.AddService(true);
        _pop3 = _limiter.AddService(true);
    }

    [TestMethod]
    public void AServiceThatKeepsNoSlotTakesNoneFromTheOthers()
    {
        int imap = _limiter.AddService(false);
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
}
