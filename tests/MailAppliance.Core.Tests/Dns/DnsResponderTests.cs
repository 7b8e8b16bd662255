using System;
using System.Linq;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MailAppliance.Core.Tests.Dns.DnsPackets;

namespace MailAppliance.Core.Tests.Dns;

/// <summary>Packet-level tests of the authoritative responder, on the lab's set-up.</summary>
[TestClass]
public sealed class DnsResponderTests
{
    private readonly ApplianceModel _model = new(new CountingRandom());
    private readonly DnsResponder _responder;
    private readonly byte[] _reply = new byte[4096];

    public DnsResponderTests()
    {
        LabExample.Apply(_model);
        _model.Domains.Add("mt.com");
        Ipv4.TryParse("192.168.1.2", out uint address);
        _model.Address = address;
        _model.Dns.AddRecord(new DnsHostRecord("www.mastertech.com", DnsType.A, 0, "192.168.1.10"));
        _model.Dns.AddRecord(new DnsHostRecord("web.mt.com", DnsType.CNAME, 0, "www.mastertech.com"));
        _model.Dns.AddRecord(new DnsHostRecord("a.b.mail.com", DnsType.A, 0, "192.168.1.20"));
        _responder = new DnsResponder(_model, new DnsZones(_model));
    }

    private byte[] Ask(byte[] query, bool tcp = false, int replySize = 4096, uint client = DnsClients.Lab)
    {
        var reply = new byte[replySize];
        int n = _responder.Handle(query, query.Length, reply, tcp, client);
        Assert.IsTrue(n >= 0, "not forwarded");
        return reply.Take(n).ToArray();
    }

    private static string[] Lines(byte[] answer) =>
        Records(answer, answer.Length).Select(r => $"{r.Owner} {r.Type} {r.Data}").ToArray();

    [TestMethod]
    public void MailDomainResolvesToTheAppliance()
    {
        byte[] answer = Ask(Query("mail.com", DnsType.A, id: 0xBEEF));
        Assert.AreEqual(0xBEEF, Id(answer));
        Assert.IsTrue(Qr(answer) && Aa(answer) && Rd(answer));
        Assert.IsFalse(Ra(answer), "authoritative only: no recursion");
        Assert.AreEqual(DnsRcode.NoError, Rcode(answer));
        CollectionAssert.AreEqual(new[] { "mail.com 1 192.168.1.2" }, Lines(answer));
        Assert.AreEqual(DnsRecordTable.Ttl, Records(answer, answer.Length)[0].Ttl);
    }

    [TestMethod]
    public void MxPointsToTheDomainWithItsAddressAdded()
    {
        byte[] answer = Ask(Query("mt.com", DnsType.MX));
        CollectionAssert.AreEqual(new[] { "mt.com 15 10 mt.com", "mt.com 1 192.168.1.2" }, Lines(answer));
        Assert.AreEqual(1, Count(answer, 1));
        Assert.AreEqual(1, Count(answer, 3));
    }

    [TestMethod]
    public void QuestionIsEchoedByteExactAndAnswersPointToIt()
    {
        byte[] query = Query("MaIl.CoM", DnsType.A);
        byte[] answer = Ask(query);
        CollectionAssert.AreEqual(query.Skip(12).Take(14).ToArray(), answer.Skip(12).Take(14).ToArray());
        // The answer's owner is a compression pointer to the question at offset 12.
        Assert.AreEqual(0xC0, answer[26]);
        Assert.AreEqual(12, answer[27]);
    }

    [TestMethod]
    public void UnknownNameIsNxdomainWithTheZoneSoa()
    {
        byte[] answer = Ask(Query("nothere.mail.com", DnsType.A));
        Assert.AreEqual(DnsRcode.NxDomain, Rcode(answer));
        Assert.IsTrue(Aa(answer));
        Assert.AreEqual(0, Count(answer, 1));
        CollectionAssert.AreEqual(new[] { "mail.com 6 mail.com postmaster.mail.com" }, Lines(answer));
    }

    [TestMethod]
    public void ExistingNameWithoutTheTypeIsNodata()
    {
        byte[] answer = Ask(Query("mail.com", DnsType.AAAA));
        Assert.AreEqual(DnsRcode.NoError, Rcode(answer));
        Assert.AreEqual(0, Count(answer, 1));
        CollectionAssert.AreEqual(new[] { "mail.com 6 mail.com postmaster.mail.com" }, Lines(answer));
    }

    [TestMethod]
    public void EmptyNonTerminalIsNodataNotNxdomain()
    {
        byte[] answer = Ask(Query("b.mail.com", DnsType.A));
        Assert.AreEqual(DnsRcode.NoError, Rcode(answer));
        Assert.AreEqual(1, Count(answer, 2));
    }

    [TestMethod]
    public void NamesOutsideEveryZoneAreRefused()
    {
        byte[] answer = Ask(Query("google.com", DnsType.A));
        Assert.AreEqual(DnsRcode.Refused, Rcode(answer));
        Assert.IsFalse(Aa(answer));
        Assert.AreEqual(0, Records(answer, answer.Length).Count);
    }

    [TestMethod]
    public void NamesOutsideEveryZoneGoToTheForwarderWhenThereIsOne()
    {
        _model.Dns.Forwarder = 0x08080808;
        byte[] query = Query("google.com", DnsType.A);
        Assert.AreEqual(DnsResponder.Forward, _responder.Handle(query, query.Length, _reply, false, DnsClients.Lab));
        Assert.AreEqual(DnsRcode.NoError, Rcode(Ask(Query("mail.com", DnsType.A))), "own names are still answered");
    }

    [TestMethod]
    public void TeacherRecordsGetTheirOwnZone()
    {
        CollectionAssert.AreEqual(new[] { "www.mastertech.com 1 192.168.1.10" }, Lines(Ask(Query("www.mastertech.com", DnsType.A))));
        byte[] soa = Ask(Query("mastertech.com", DnsType.SOA));
        CollectionAssert.AreEqual(new[] { "mastertech.com 6 mail.com postmaster.mastertech.com" }, Lines(soa));
        CollectionAssert.AreEqual(new[] { "mastertech.com 2 mail.com", "mail.com 1 192.168.1.2" }, Lines(Ask(Query("mastertech.com", DnsType.NS))));
    }

    [TestMethod]
    public void TeacherMxTxtAndNsRecordsAnswer()
    {
        _model.Dns.AddRecord(new DnsHostRecord("mastertech.com", DnsType.MX, 20, "www.mastertech.com"));
        _model.Dns.AddRecord(new DnsHostRecord("mastertech.com", DnsType.TXT, 0, "v=spf1 -all"));
        _model.Dns.AddRecord(new DnsHostRecord("lab.mastertech.com", DnsType.NS, 0, "mail.com"));
        CollectionAssert.AreEqual(new[] { "mastertech.com 15 20 www.mastertech.com", "www.mastertech.com 1 192.168.1.10" },
            Lines(Ask(Query("mastertech.com", DnsType.MX))));
        CollectionAssert.AreEqual(new[] { "mastertech.com 16 v=spf1 -all" }, Lines(Ask(Query("mastertech.com", DnsType.TXT))));
        CollectionAssert.AreEqual(new[] { "lab.mastertech.com 2 mail.com", "mail.com 1 192.168.1.2" }, Lines(Ask(Query("lab.mastertech.com", DnsType.NS))));
    }

    [TestMethod]
    public void HostRecordTextIsParsedOrRefusedWithAReason()
    {
        Assert.IsTrue(DnsHostRecordText.TryParse("www.mastertech.com A 192.168.1.10", out var a, out _));
        Assert.AreEqual(DnsType.A, a.Type);
        Assert.IsTrue(DnsHostRecordText.TryParse("mt.com mx 10 mail.mt.com", out var mx, out _));
        Assert.AreEqual(10, mx.Preference);
        Assert.IsTrue(DnsHostRecordText.TryParse("mt.com TXT hello  world", out var txt, out _));
        Assert.AreEqual("hello  world", txt.Data);
        foreach (string bad in new[] { "www A", "www A 300.1.1.1", "www MX x y", "www SRV 1 2 3", "bad..name A 1.2.3.4", "www CNAME a..b" })
        {
            Assert.IsFalse(DnsHostRecordText.TryParse(bad, out _, out string error), bad);
            Assert.IsFalse(string.IsNullOrEmpty(error), bad);
        }
    }

    [TestMethod]
    public void CnameIsFollowedInsideOurZones()
    {
        CollectionAssert.AreEqual(new[] { "web.mt.com 5 www.mastertech.com", "www.mastertech.com 1 192.168.1.10" },
            Lines(Ask(Query("web.mt.com", DnsType.A))));
        CollectionAssert.AreEqual(new[] { "web.mt.com 5 www.mastertech.com" }, Lines(Ask(Query("web.mt.com", DnsType.CNAME))));
    }

    [TestMethod]
    public void ReversePointersForTheApplianceAndStaticHosts()
    {
        CollectionAssert.AreEqual(new[] { "2.1.168.192.in-addr.arpa 12 mail.com" }, Lines(Ask(Query("2.1.168.192.in-addr.arpa", DnsType.PTR))));
        CollectionAssert.AreEqual(new[] { "10.1.168.192.in-addr.arpa 12 www.mastertech.com" }, Lines(Ask(Query("10.1.168.192.in-addr.arpa", DnsType.PTR))));
        Assert.AreEqual(DnsRcode.NxDomain, Rcode(Ask(Query("99.1.168.192.in-addr.arpa", DnsType.PTR))));
        Assert.AreEqual(DnsRcode.Refused, Rcode(Ask(Query("1.0.0.10.in-addr.arpa", DnsType.PTR))));
    }

    [TestMethod]
    public void DhcpHostNamesAppearAndGoAtOnce()
    {
        Assert.AreEqual(DnsRcode.NxDomain, Rcode(Ask(Query("pc0.mail.com", DnsType.A))));
        _model.Dns.SetLeaseHost("PC0", 0xC0A80104);
        CollectionAssert.AreEqual(new[] { "pc0.mail.com 1 192.168.1.4" }, Lines(Ask(Query("pc0.mail.com", DnsType.A))));
        CollectionAssert.AreEqual(new[] { "4.1.168.192.in-addr.arpa 12 pc0.mail.com" }, Lines(Ask(Query("4.1.168.192.in-addr.arpa", DnsType.PTR))));
        _model.Dns.RemoveLeaseHost("pc0");
        Assert.AreEqual(DnsRcode.NxDomain, Rcode(Ask(Query("pc0.mail.com", DnsType.A))));
    }

    [TestMethod]
    public void DhcpHostNamesRegisterInTheirPoolsDomain()
    {
        _model.Dhcp.SetPool(new DhcpPool("backend", 0xC0A80200, 24) { DomainName = "mt.com" });
        _model.Dhcp.SetPool(new DhcpPool("lab", 0xC0A80100, 24));
        _model.Dhcp.SetPool(new DhcpPool("sales", 0xC0A80300, 24) { DomainName = "sales.mt.com" });
        _model.Dns.SetLeaseHost("pc", 0xC0A80214);
        _model.Dns.SetLeaseHost("pc9", 0xC0A80109);
        _model.Dns.SetLeaseHost("pc", 0xC0A80214);
        _model.Dns.SetLeaseHost("laptop", 0xC0A80305);
        CollectionAssert.AreEqual(new[] { "pc.mt.com 1 192.168.2.20" }, Lines(Ask(Query("pc.mt.com", DnsType.A))), "the backend pool's domain");
        Assert.AreEqual(DnsRcode.NxDomain, Rcode(Ask(Query("pc.mail.com", DnsType.A))), "not the lab domain");
        CollectionAssert.AreEqual(new[] { "20.2.168.192.in-addr.arpa 12 pc.mt.com" }, Lines(Ask(Query("20.2.168.192.in-addr.arpa", DnsType.PTR))));
        CollectionAssert.AreEqual(new[] { "pc9.mail.com 1 192.168.1.9" }, Lines(Ask(Query("pc9.mail.com", DnsType.A))), "a pool without domain-name: the lab domain");
        CollectionAssert.AreEqual(new[] { "laptop.sales.mt.com 1 192.168.3.5" }, Lines(Ask(Query("laptop.sales.mt.com", DnsType.A))), "a third department");
    }

    [TestMethod]
    public void DhcpHostNamesAnswerLikeRecords()
    {
        _model.Dns.SetLeaseHost("pc7", 0xC0A80107);
        _model.Dns.AddRecord(new DnsHostRecord("mastertech.com", DnsType.MX, 5, "pc7.mail.com"));
        CollectionAssert.AreEqual(new[] { "pc7.mail.com 1 192.168.1.7" }, Lines(Ask(Query("pc7.mail.com", DnsType.ANY))));
        CollectionAssert.AreEqual(new[] { "7.1.168.192.in-addr.arpa 12 pc7.mail.com" }, Lines(Ask(Query("7.1.168.192.in-addr.arpa", DnsType.ANY))));
        byte[] nodata = Ask(Query("pc7.mail.com", DnsType.MX));
        Assert.AreEqual(DnsRcode.NoError, Rcode(nodata), "the name exists");
        CollectionAssert.AreEqual(new[] { "mail.com 6 mail.com postmaster.mail.com" }, Lines(nodata));
        CollectionAssert.AreEqual(new[] { "mastertech.com 15 5 pc7.mail.com", "pc7.mail.com 1 192.168.1.7" }, Lines(Ask(Query("mastertech.com", DnsType.MX))), "the exchange's address in additional");
        Assert.AreEqual(DnsRcode.NxDomain, Rcode(Ask(Query("8.1.168.192.in-addr.arpa", DnsType.PTR))), "no client at .8");
        Assert.AreEqual(DnsRcode.NxDomain, Rcode(Ask(Query("pc7.pc7.mail.com", DnsType.A))));
    }

    [TestMethod]
    public void LabDomainHoldsTheHostNames()
    {
        _model.Dns.LabDomain = "lab.local";
        _model.Dns.SetLeaseHost("pc1", 0xC0A80103);
        CollectionAssert.AreEqual(new[] { "pc1.lab.local 1 192.168.1.3" }, Lines(Ask(Query("pc1.lab.local", DnsType.A))));
    }

    [TestMethod]
    public void AnyGetsOneRrsetAsRfc8482Says()
    {
        byte[] answer = Ask(Query("mail.com", DnsType.ANY));
        var answers = Records(answer, answer.Length).Take(Count(answer, 1)).Select(r => r.Type).Distinct().ToArray();
        Assert.AreEqual(1, answers.Length, "one RRset of the four mail.com has (SOA, NS, A, MX)");
        Assert.AreEqual(DnsRcode.NoError, Rcode(answer));
        byte[] aliasAny = Ask(Query("web.mt.com", DnsType.ANY));
        CollectionAssert.AreEqual(new[] { "web.mt.com 5 www.mastertech.com" }, Lines(aliasAny).Take(Count(aliasAny, 1)).ToArray(), "an alias answers its CNAME");
    }

    [TestMethod]
    public void ForwarderServesOnlyTheLabAndOnlyRecursiveQueries()
    {
        _model.Dns.Forwarder = 0x08080808;
        byte[] query = Query("google.com", DnsType.A);
        Assert.AreEqual(DnsResponder.Forward, _responder.Handle(query, query.Length, _reply, false, DnsClients.Lab), "a lab PC's recursive query");
        Ipv4.TryParse("192.168.1.77", out uint sameSubnet);
        _model.Dhcp.Remove("lab");
        Assert.AreEqual(DnsResponder.Forward, _responder.Handle(query, query.Length, _reply, false, sameSubnet), "a static PC on the appliance's subnet, no pool");

        byte[] outsider = Ask(query, client: DnsClients.Outsider);
        Assert.AreEqual(DnsRcode.Refused, Rcode(outsider), "an address outside the lab");
        Assert.IsFalse(Ra(outsider), "no recursion offered to it");
        byte[] iterative = Ask(Query("google.com", DnsType.A, recursionDesired: false));
        Assert.AreEqual(DnsRcode.Refused, Rcode(iterative), "RD=0 asks this server alone");
        Assert.IsTrue(Ra(iterative), "the lab has recursion, even when it did not ask for it");
        Assert.IsTrue(Ra(Ask(Query("mail.com", DnsType.A))), "own answers to the lab say RA");
        Assert.IsFalse(Ra(Ask(Query("mail.com", DnsType.A), client: DnsClients.Outsider)), "and not to others");
    }

    [TestMethod]
    public void NoForwarderNoRecursionAvailable()
    {
        Assert.IsFalse(Ra(Ask(Query("mail.com", DnsType.A))));
        Assert.AreEqual(DnsRcode.Refused, Rcode(Ask(Query("google.com", DnsType.A))));
    }

    [TestMethod]
    public void MalformedOptIsFormerr()
    {
        byte[] good = Query("mail.com", DnsType.A, ednsPayload: 1232);
        Assert.AreEqual(DnsRcode.NoError, Rcode(Ask(good)));
        // An option {code 10 (cookie), length 8} with 3 bytes of its 8.
        byte[] shortOption = WithOptData(good, new byte[] { 0, 10, 0, 8, 1, 2, 3 });
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(shortOption)), "an option running past RDATA");
        byte[] stub = WithOptData(good, new byte[] { 0, 10, 0 });
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(stub)), "RDATA shorter than an option header");
        byte[] wholeOption = WithOptData(good, new byte[] { 0, 10, 0, 3, 1, 2, 3 });
        Assert.AreEqual(DnsRcode.NoError, Rcode(Ask(wholeOption)), "a whole option is fine");
        byte[] trailing = good.Concat(new byte[] { 0xde, 0xad }).ToArray();
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(trailing)), "data after the OPT record");
        byte[] trailingPlain = Query("mail.com", DnsType.A).Concat(new byte[] { 0 }).ToArray();
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(trailingPlain)), "data after the question");
    }

    // The query's OPT record (its last 11 bytes) with this RDATA.
    private static byte[] WithOptData(byte[] query, byte[] rdata)
    {
        byte[] packet = query.Concat(rdata).ToArray();
        packet[query.Length - 2] = (byte)(rdata.Length >> 8);
        packet[query.Length - 1] = (byte)rdata.Length;
        return packet;
    }

    [TestMethod]
    public void EdnsQueryGetsAnOptRecord()
    {
        byte[] answer = Ask(Query("mail.com", DnsType.A, ednsPayload: 4096));
        var records = Records(answer, answer.Length);
        var opt = records.Single(r => r.Type == DnsType.OPT);
        Assert.AreEqual(".", opt.Owner);
        Assert.AreEqual(DnsResponder.EdnsUdpLimit, opt.Class);
        Assert.AreEqual(0u, opt.Ttl);
        byte[] plain = Ask(Query("mail.com", DnsType.A));
        Assert.IsFalse(Records(plain, plain.Length).Any(r => r.Type == DnsType.OPT));
    }

    [TestMethod]
    public void UnknownEdnsVersionIsBadvers()
    {
        byte[] answer = Ask(Query("mail.com", DnsType.A, ednsPayload: 1232, ednsVersion: 1));
        Assert.AreEqual(0, Rcode(answer));
        var opt = Records(answer, answer.Length).Single();
        Assert.AreEqual(41, opt.Type);
        Assert.AreEqual(1u << 24, opt.Ttl, "extended RCODE 16 = upper bits 1");
        Assert.AreEqual(0, Count(answer, 1));
    }

    [TestMethod]
    public void AnswerTooBigForUdpIsTruncated()
    {
        for (int i = 0; i < 40; i++)
        {
            _model.Dns.AddRecord(new DnsHostRecord("big.mail.com", DnsType.TXT, 0, new string((char)('a' + i % 26), 40) + i));
        }
        byte[] udp = Ask(Query("big.mail.com", DnsType.TXT));
        Assert.IsTrue(Tc(udp));
        Assert.IsTrue(udp.Length <= 512);
        Assert.AreEqual(0, Count(udp, 1));
        byte[] edns = Ask(Query("big.mail.com", DnsType.TXT, ednsPayload: 4096));
        Assert.IsTrue(Tc(edns));
        Assert.IsTrue(edns.Length <= DnsResponder.EdnsUdpLimit);
        Assert.AreEqual(1, Records(edns, edns.Length).Count, "only the OPT");
        byte[] tcp = Ask(Query("big.mail.com", DnsType.TXT), tcp: true);
        Assert.IsFalse(Tc(tcp));
        Assert.AreEqual(40, Count(tcp, 1));
    }

    [TestMethod]
    public void ClassChaosIsRefused()
    {
        Assert.AreEqual(DnsRcode.Refused, Rcode(Ask(Query("version.bind", DnsType.TXT, qclass: 3))));
    }

    [TestMethod]
    public void OtherOpcodesAreNotImplemented()
    {
        byte[] query = Query("mail.com", DnsType.A);
        query[2] |= 2 << 3; // STATUS
        byte[] answer = Ask(query);
        Assert.AreEqual(DnsRcode.NotImp, Rcode(answer));
        Assert.AreEqual(12, answer.Length);
    }

    [TestMethod]
    public void TwoQuestionsAreFormerr()
    {
        byte[] query = Query("mail.com", DnsType.A);
        query[5] = 2;
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(query)));
    }

    [TestMethod]
    public void ShorterThanAHeaderIsSilence()
    {
        Assert.AreEqual(0, _responder.Handle(new byte[11], 11, _reply, false, DnsClients.Lab));
    }

    [TestMethod]
    public void ResponsesAreNeverAnswered()
    {
        byte[] query = Query("mail.com", DnsType.A);
        query[2] |= 0x80;
        Assert.AreEqual(0, _responder.Handle(query, query.Length, _reply, false, DnsClients.Lab));
    }

    [TestMethod]
    public void TruncatedQuestionIsFormerr()
    {
        byte[] query = Query("mail.com", DnsType.A);
        for (int cut = 13; cut < query.Length; cut++)
        {
            byte[] answer = Ask(query.Take(cut).ToArray());
            Assert.AreEqual(DnsRcode.FormErr, Rcode(answer), "cut at " + cut);
            Assert.AreEqual(0x1234, Id(answer));
        }
    }

    [TestMethod]
    public void CompressionLoopsAndForwardPointersAreFormerr()
    {
        // The name is a pointer to itself.
        byte[] loop = { 0x12, 0x34, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 12, 0, 1, 0, 1 };
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(loop)));
        // A label, then a pointer back to that label: a loop through two hops.
        byte[] twoHop = { 0x12, 0x34, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, (byte)'a', 0xC0, 12, 0, 1, 0, 1 };
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(twoHop)));
        // A pointer past the end of the packet.
        byte[] outside = { 0x12, 0x34, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 200, 0, 1, 0, 1 };
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(outside)));
    }

    [TestMethod]
    public void MalformedAdditionalSectionIsFormerr()
    {
        byte[] query = Query("mail.com", DnsType.A, ednsPayload: 1232);
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(query.Take(query.Length - 3).ToArray())));
        byte[] twoOpts = query.Concat(query.Skip(query.Length - 11)).ToArray();
        twoOpts[11] = 2;
        Assert.AreEqual(DnsRcode.FormErr, Rcode(Ask(twoOpts)));
    }

    [TestMethod]
    public void RandomPacketsNeverThrow()
    {
        var random = new Random(1035);
        var reply = new byte[512];
        for (int i = 0; i < 20000; i++)
        {
            byte[] packet = new byte[random.Next(0, 80)];
            random.NextBytes(packet);
            if (packet.Length > 2 && i % 2 == 0)
            {
                packet[2] &= 0x07; // mostly well-formed headers, so the parsers get exercised
                if (packet.Length > 5) { packet[4] = 0; packet[5] = 1; }
            }
            int n = _responder.Handle(packet, packet.Length, reply, false, DnsClients.Lab);
            Assert.IsTrue(n >= 0 && n <= 512);
        }
    }

    [TestMethod]
    public void DisabledServiceIsSilent()
    {
        _model.Dns.Enabled = false;
        byte[] query = Query("mail.com", DnsType.A);
        Assert.AreEqual(0, _responder.Handle(query, query.Length, _reply, false, DnsClients.Lab));
    }

    [TestMethod]
    public void SteadyStateQueriesAllocateNothing()
    {
        byte[][] queries =
        {
            Query("mail.com", DnsType.A), Query("mt.com", DnsType.MX), Query("nothere.mail.com", DnsType.A),
            Query("b.mail.com", DnsType.A), Query("web.mt.com", DnsType.A, ednsPayload: 1232), Query("google.com", DnsType.A),
        };
        foreach (byte[] q in queries)
        {
            _responder.Handle(q, q.Length, _reply, false, DnsClients.Lab);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            byte[] q = queries[i % queries.Length];
            _responder.Handle(q, q.Length, _reply, false, DnsClients.Lab);
        }
        Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
