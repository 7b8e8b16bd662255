using System.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Pop3;

/// <summary>Locks across sessions, pauses, the trace and streaming, which transcripts cannot show.</summary>
[TestClass]
public sealed class Pop3SessionTests
{
    private readonly ApplianceModel _model = new(new CountingRandom());
    private readonly MemoryStore _store = new();
    private readonly ListTrace _trace = new();

    public Pop3SessionTests()
    {
        LabExample.Apply(_model);
    }

    private (Pop3Session Session, RecordingOutput Output) Open()
    {
        var output = new RecordingOutput();
        var session = new Pop3Session(_model, _store, new FixedClock(), _trace, output, "192.168.1.4", "pop3 1");
        session.Start();
        return (session, output);
    }

    private static void Send(Pop3Session session, string text)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(text);
        session.Receive(bytes, 0, bytes.Length);
    }

    [TestMethod]
    public void SecondLoginIsInUseUntilTheFirstQuits()
    {
        var first = Open();
        var second = Open();
        Send(first.Session, "USER client2\r\nPASS admin\r\n");
        Send(second.Session, "USER client2\r\nPASS admin\r\n");
        StringAssert.EndsWith(second.Output.Text, "-ERR [IN-USE] Mailbox is locked by another session\r\n");
        Send(first.Session, "QUIT\r\n");
        Send(second.Session, "USER client2\r\nPASS admin\r\n");
        StringAssert.EndsWith(second.Output.Text, "+OK Logged in, 0 messages (0 octets)\r\n");
    }

    [TestMethod]
    public void DroppedSessionGivesTheLockBack()
    {
        var first = Open();
        Send(first.Session, "USER client2\r\nPASS admin\r\n");
        first.Session.Disconnected();
        Assert.IsTrue(_model.Locks.TryAcquire("client2"));
    }

    [TestMethod]
    public void FailedLoginIsAnsweredAfterThePause()
    {
        _model.Limits.AuthFailureDelayMilliseconds = 500;
        var (session, output) = Open();
        Send(session, "USER client2\r\nPASS nope\r\n");
        CollectionAssert.AreEqual(new[] { 500 }, output.Delays);
        StringAssert.EndsWith(output.Text, "-ERR [AUTH] Invalid user name or password\r\n");
    }

    [TestMethod]
    public void TraceHidesPasswords()
    {
        var (session, _) = Open();
        Send(session, "USER client2\r\nPASS admin\r\nQUIT\r\n");
        Send(Open().Session, "AUTH PLAIN AGNsaWVudDIAYWRtaW4=\r\n");
        string trace = string.Join("\n", _trace.Lines);
        StringAssert.Contains(trace, "pop3 1 C: PASS (hidden)");
        StringAssert.Contains(trace, "pop3 1 C: AUTH PLAIN (hidden)");
        Assert.IsFalse(trace.Contains("admin"), trace);
        Assert.IsFalse(trace.Contains("AGNsaWVudDIAYWRtaW4="), trace);
    }

    [TestMethod]
    public void LongMessageIsSentInChunksAndExactly()
    {
        var text = new StringBuilder("Subject: long\r\n\r\n");
        for (int i = 0; i < 300; i++)
        {
            text.Append(i % 7 == 0 ? "." : "").Append("line ").Append(i).Append("\r\n");
        }
        _store.Add("client2", "00000001", text.ToString());
        var (session, output) = Open();
        Send(session, "USER client2\r\nPASS admin\r\nRETR 1\r\n");
        string expected = text.ToString().Replace("\r\n.", "\r\n..");
        StringAssert.EndsWith(output.Text, $"+OK {text.Length} octets\r\n{expected}.\r\n");
    }

    [TestMethod]
    public void ReadFailureHalfWayClosesAndDeletesNothing()
    {
        _store.Add("client2", "00000001", new string('x', 2000) + "\r\n");
        _store.Add("client2", "00000002", "y\r\n");
        _store.FailReadAtChunk = 1;
        var (session, output) = Open();
        Send(session, "USER client2\r\nPASS admin\r\nDELE 2\r\nRETR 1\r\nQUIT\r\n");
        Assert.IsTrue(output.Closed);
        Assert.IsFalse(output.Text.Contains("Bye"), output.Text);
        Assert.AreEqual(2, _store.Box("client2").Count);
    }
}
