using System.Linq;
using System.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Smtp;

/// <summary>What the transcripts cannot show: pauses, the trace, and chunked storage.</summary>
[TestClass]
public sealed class SmtpSessionTests
{
    private readonly ApplianceModel _model = new(new CountingRandom());
    private readonly MemoryStore _store = new();
    private readonly RecordingOutput _output = new();
    private readonly ListTrace _trace = new();
    private readonly SmtpSession _session;

    public SmtpSessionTests()
    {
        LabExample.Apply(_model);
        _session = new SmtpSession(_model, _store, new FixedClock(), _trace, _output, "192.168.1.3", "smtp 1");
        _session.Start();
    }

    private void Send(string text)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(text);
        _session.Receive(bytes, 0, bytes.Length);
    }

    [TestMethod]
    public void FailedLoginIsAnsweredAfterThePause()
    {
        _model.Limits.AuthFailureDelayMilliseconds = 750;
        Send("EHLO pc1\r\nAUTH PLAIN AGNsaWVudDEAd3Jvbmc=\r\n");
        CollectionAssert.AreEqual(new[] { 750 }, _output.Delays);
        StringAssert.EndsWith(_output.Text, "535 5.7.8 Error: authentication failed\r\n");
    }

    [TestMethod]
    public void GoodLoginHasNoPause()
    {
        Send("EHLO pc1\r\nAUTH PLAIN AGNsaWVudDEAYWRtaW4=\r\n");
        Assert.AreEqual(0, _output.Delays.Length);
    }

    [TestMethod]
    public void TraceShowsCommandsAndRepliesButNoCredentials()
    {
        Send("EHLO pc1\r\nAUTH LOGIN\r\nY2xpZW50MQ==\r\nYWRtaW4=\r\nAUTH PLAIN AGNsaWVudDEAYWRtaW4=\r\n");
        string trace = string.Join("\n", _trace.Lines);
        StringAssert.Contains(trace, "smtp 1 C: EHLO pc1");
        StringAssert.Contains(trace, "smtp 1 S: 235 2.7.0 Authentication successful");
        StringAssert.Contains(trace, "smtp 1 C: AUTH PLAIN (hidden)");
        Assert.IsFalse(trace.Contains("YWRtaW4="), trace);
        Assert.IsFalse(trace.Contains("AGNsaWVudDEAYWRtaW4="), trace);
    }

    [TestMethod]
    public void LargeMessageIsStoredInSmallChunks()
    {
        Send("HELO pc1\r\nMAIL FROM:<client2@mail.com>\r\nRCPT TO:<client1@mail.com>\r\nDATA\r\n");
        string line = new string('x', 998) + "\r\n";
        var content = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            Send(line);
            content.Append(line);
        }
        Send(".\r\n");
        StringAssert.EndsWith(_output.Text, "250 2.0.0 Ok: queued\r\n");
        Assert.IsTrue(_store.LargestAppend == IoSizes.CardWrite, "largest append " + _store.LargestAppend);
        StringAssert.EndsWith(_store.Text("client1", 0), content.ToString());
    }

    [TestMethod]
    public void BareCrInContentIsKept()
    {
        Send("HELO pc1\r\nMAIL FROM:<client2@mail.com>\r\nRCPT TO:<client1@mail.com>\r\nDATA\r\na\rb\r\n.\r\r\n.\r\n");
        StringAssert.EndsWith(_store.Text("client1", 0), "a\rb\r\n\r\r\n");
    }

    [TestMethod]
    public void RejectedMessageIsAbortedInTheStore()
    {
        _model.Limits.MaxMessageSize = 5;
        Send("HELO pc1\r\nMAIL FROM:<client2@mail.com>\r\nRCPT TO:<client1@mail.com>\r\nDATA\r\n123456\r\n.\r\n");
        Assert.AreEqual(1, _store.Aborted);
        Assert.AreEqual(0, _store.Box("client1").Count);
    }

    [TestMethod]
    public void NewUserCanReceiveAtOnce()
    {
        Send("HELO pc1\r\nMAIL FROM:<client2@mail.com>\r\nRCPT TO:<client3@mail.com>\r\n");
        _model.Users.Set("client3", "pw");
        Send("RCPT TO:<client3@mail.com>\r\n");
        var replies = _output.Text.Split("\r\n").Where(l => l.Length > 0).ToArray();
        StringAssert.StartsWith(replies[^2], "550 5.1.1");
        Assert.AreEqual("250 2.1.5 Ok", replies[^1]);
    }
}
