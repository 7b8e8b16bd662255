using System.Linq;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MailAppliance.Core.Tests.Dns.DnsPackets;

namespace MailAppliance.Core.Tests.Dns;

[TestClass]
public sealed class DnsTcpSessionTests
{
    private sealed class FixedUpstream : IDnsUpstream
    {
        public byte[] Answer;
        public int Calls;

        public int Exchange(byte[] query, int length, byte[] answer)
        {
            Calls++;
            if (Answer == null)
            {
                return 0;
            }
            Answer.CopyTo(answer, 0);
            return Answer.Length;
        }
    }

    private readonly ApplianceModel _model = new(new CountingRandom());
    private readonly RecordingOutput _output = new();
    private readonly FixedUpstream _upstream = new();
    private readonly DnsTcpSession _session;

    public DnsTcpSessionTests()
    {
        LabExample.Apply(_model);
        _model.Address = 0xC0A80102;
        _session = new DnsTcpSession(new DnsResponder(_model, new DnsZones(_model)), _upstream, _output, new ListTrace(), DnsClients.Lab, "dns-tcp 1");
    }

    private static byte[] Framed(byte[] query) => new[] { (byte)(query.Length >> 8), (byte)query.Length }.Concat(query).ToArray();

    private byte[][] Answers()
    {
        byte[] all = System.Text.Encoding.Latin1.GetBytes(_output.Text);
        var answers = new System.Collections.Generic.List<byte[]>();
        for (int at = 0; at < all.Length;)
        {
            int length = (all[at] << 8) | all[at + 1];
            answers.Add(all.Skip(at + 2).Take(length).ToArray());
            at += 2 + length;
        }
        return answers.ToArray();
    }

    [TestMethod]
    public void SeveralQueriesOnOneConnectionSplitAnywhere()
    {
        byte[] stream = Framed(Query("mail.com", DnsType.A, id: 1)).Concat(Framed(Query("mail.com", DnsType.MX, id: 2))).ToArray();
        foreach (byte b in stream)
        {
            _session.Receive(new[] { b }, 0, 1);
        }
        byte[][] answers = Answers();
        Assert.AreEqual(2, answers.Length);
        Assert.AreEqual(1, Id(answers[0]));
        Assert.AreEqual(2, Id(answers[1]));
        Assert.AreEqual(DnsType.MX, Records(answers[1], answers[1].Length)[0].Type);
        Assert.IsFalse(_output.Closed);
    }

    /// <summary>Answers of every length around MaxAnswer: none goes past it, each framed by its own length.</summary>
    [TestMethod]
    public void AnswersNeverPassMaxAnswer()
    {
        for (int last = 0; last < 80; last++)
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            model.Address = 0xC0A80102;
            for (int i = 0; i < 36; i++)
            {
                model.Dns.AddRecord(new DnsHostRecord("big.mail.com", DnsType.TXT, 0, new string('t', 40) + i));
            }
            model.Dns.AddRecord(new DnsHostRecord("big.mail.com", DnsType.TXT, 0, "x" + new string('l', last)));
            var output = new RecordingOutput();
            var session = new DnsTcpSession(new DnsResponder(model, new DnsZones(model)), _upstream, output, new ListTrace(), DnsClients.Lab, "dns-tcp 1");
            byte[] query = Framed(Query("big.mail.com", DnsType.TXT));
            session.Receive(query, 0, query.Length);
            byte[] sent = output.Bytes;
            int length = (sent[0] << 8) | sent[1];
            Assert.AreEqual(sent.Length - 2, length, "framed by its own length, extra record " + last);
            Assert.IsTrue(length <= DnsTcpSession.MaxAnswer, $"{length} bytes with an extra record of {last + 1}");
        }
    }

    [TestMethod]
    public void OversizedOrEmptyQueryClosesTheConnection()
    {
        _session.Receive(new byte[] { 0x10, 0x00 }, 0, 2);
        Assert.IsTrue(_output.Closed);
        Assert.AreEqual("", _output.Text);
    }

    [TestMethod]
    public void ForwardedAnswerIsRelayed()
    {
        _model.Dns.Forwarder = 0x7F000001;
        byte[] upstreamAnswer = Query("example.org", DnsType.A, id: 9);
        upstreamAnswer[2] |= 0x80;
        _upstream.Answer = upstreamAnswer;
        byte[] framed = Framed(Query("example.org", DnsType.A, id: 9));
        _session.Receive(framed, 0, framed.Length);
        CollectionAssert.AreEqual(upstreamAnswer, Answers().Single());
    }

    [TestMethod]
    public void ForwardedQueryWithoutAnswerIsServfail()
    {
        _model.Dns.Forwarder = 0x7F000001;
        _session.Receive(Framed(Query("example.org", DnsType.A, id: 7)), 0, Framed(Query("example.org", DnsType.A)).Length);
        Assert.AreEqual(1, _upstream.Calls);
        byte[] failure = Answers().Single();
        Assert.AreEqual(DnsRcode.ServFail, Rcode(failure));
        Assert.AreEqual(7, Id(failure));
    }
}
