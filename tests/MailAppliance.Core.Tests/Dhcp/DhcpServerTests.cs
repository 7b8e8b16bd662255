using System;
using System.Linq;
using System.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Dhcp;

/// <summary>RFC 2131 rules, packet by packet, on the lab plan plus a relayed department.</summary>
[TestClass]
public sealed class DhcpServerTests
{
    private const uint Appliance = 0xC0A80102; // 192.168.1.2
    private const uint Lab10 = 0xC0A8010A;      // 192.168.1.10
    private const uint Lab11 = 0xC0A8010B;
    private const uint BackendRelay = 0xC0A80201; // 192.168.2.1

    private sealed class MemoryLeaseStore : ILeaseStore
    {
        public string Text = "";
        public int Saves;

        public void Save(DhcpLeases leases)
        {
            Saves++;
            Text = LeaseText.Of(leases);
        }
    }

    private readonly ApplianceModel _model = new(new CountingRandom());
    private readonly SettableClock _clock = new();
    private readonly MemoryLeaseStore _store = new();
    private DhcpLeases _leases = new();
    private DhcpServer _server;

    public DhcpServerTests()
    {
        LabExample.Apply(_model);
        _model.Address = Appliance;
        _model.Dhcp.SetPool(new DhcpPool("lab", 0xC0A80100, 24) { Router = 0xC0A80101, LeaseSeconds = 3600 });
        _model.Dhcp.SetPool(new DhcpPool("backend", 0xC0A80200, 24) { Router = BackendRelay, DomainName = "mt.com", RangeStart = 0xC0A80264, RangeEnd = 0xC0A80265 });
        _model.Dhcp.Exclude(0xC0A80101, 0xC0A80109);
        _server = new DhcpServer(_model, _leases, _clock, _store);
    }

    private (DhcpReply Reply, uint Destination, int Port) Send(DhcpMessage message)
    {
        byte[] request = message.Build();
        var buffer = new byte[1500];
        int n = _server.Handle(request, request.Length, buffer, out uint destination, out int port);
        return n == 0 ? (null, destination, port) : (new DhcpReply(buffer.Take(n).ToArray()), destination, port);
    }

    private uint Lease(byte[] mac, string hostName = null)
    {
        var offer = Send(new DhcpMessage { Type = DhcpMessageType.Discover, Mac = mac, HostName = hostName }).Reply;
        var ack = Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = mac, ServerId = Appliance, RequestedAddress = offer.YourAddress, HostName = hostName }).Reply;
        Assert.AreEqual(DhcpMessageType.Ack, ack.Type);
        return ack.YourAddress;
    }

    private static byte[] Mac(int n) => new byte[] { 0x02, 0, 0, 0, 0, (byte)n };

    [TestMethod]
    public void AFloodOfDiscoversCannotShutARealClientOut()
    {
        // 1,000 DISCOVERs from new MACs, none followed by a REQUEST: far more than the 245 free addresses.
        for (int i = 0; i < 1000; i++)
        {
            Send(new DhcpMessage { Type = DhcpMessageType.Discover, Mac = new byte[] { 0x06, 0xff, 0, 0, (byte)(i >> 8), (byte)i } });
        }
        var offer = Send(new DhcpMessage { Type = DhcpMessageType.Discover, Mac = Mac(200) }).Reply;
        Assert.IsNotNull(offer, "the real client is offered an address while the flood's offers stand");
        var ack = Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(200), ServerId = Appliance, RequestedAddress = offer.YourAddress }).Reply;
        Assert.AreEqual(DhcpMessageType.Ack, ack.Type, "and gets it");
        Assert.IsFalse(_store.Text.Contains("06ff"), "no lease kept for a client that never asked for one:\n" + _store.Text);
    }

    [TestMethod]
    public void AnOfferedAddressGoesToTheClientThatRequestsIt()
    {
        var flooderOffer = Send(new DhcpMessage { Type = DhcpMessageType.Discover, Mac = Mac(201) }).Reply;
        var ack = Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(202), RequestedAddress = flooderOffer.YourAddress }).Reply;
        Assert.AreEqual(DhcpMessageType.Ack, ack.Type, "an offer is no lease: a client that asks for the address gets it");
        var late = Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(201), ServerId = Appliance, RequestedAddress = flooderOffer.YourAddress }).Reply;
        Assert.AreEqual(DhcpMessageType.Nak, late.Type, "the one it was offered to is told no, and starts again");
    }

    [TestMethod]
    public void AHostNameStaysWithItsFirstLease()
    {
        uint first = Lease(Mac(210), "pc1");
        uint second = Lease(Mac(211), "pc1");
        Assert.IsTrue(HostResolvesTo("pc1.mail.com", first), "pc1 still names the first client");
        StringAssert.Contains(string.Join("\n", _model.Log.Lines), "dhcp: host name pc1 is leased to " + Ipv4.Format(first) + "; not given to " + Ipv4.Format(second));
        Send(new DhcpMessage { Type = DhcpMessageType.Release, Mac = Mac(210), ClientAddress = first, ServerId = Appliance });
        Lease(Mac(211), "pc1");
        Assert.IsTrue(HostResolvesTo("pc1.mail.com", second), "once the first lease ends the name may move");
    }

    [TestMethod]
    public void ShowIpDhcpPoolCountsItsAddresses()
    {
        Lease(Mac(220));
        Lease(Mac(221));
        Send(new DhcpMessage { Type = DhcpMessageType.Discover, Mac = Mac(222) });
        string text = MailAppliance.Core.Console.ShowCommands.DhcpPools(_model, _server);
        StringAssert.Contains(text, "Pool lab :\r\n");
        StringAssert.Contains(text, " Total addresses         : 254\r\n Excluded addresses      : 9\r\n Leased addresses        : 2\r\n Offered addresses       : 1\r\n");
    }

    [TestMethod]
    public void DiscoverGetsAnOfferWithTheLabOptions()
    {
        var (offer, destination, port) = Send(new DhcpMessage { Type = DhcpMessageType.Discover });
        Assert.AreEqual(2, offer.Op);
        Assert.AreEqual(DhcpMessageType.Offer, offer.Type);
        Assert.AreEqual(0x3903F326u, offer.Xid);
        CollectionAssert.AreEqual(Mac(1), offer.Mac);
        Assert.AreEqual(Lab10, offer.YourAddress, "first address after the excluded .1-.9");
        Assert.AreEqual(Appliance, offer.AddressOption(DhcpOption.ServerIdentifier));
        Assert.AreEqual(0xFFFFFF00u, offer.AddressOption(DhcpOption.SubnetMask));
        Assert.AreEqual(0xC0A80101u, offer.AddressOption(DhcpOption.Router));
        Assert.AreEqual(Appliance, offer.AddressOption(DhcpOption.DomainNameServer), "DNS defaults to the appliance");
        Assert.AreEqual("mail.com", Encoding.ASCII.GetString(offer.Option(DhcpOption.DomainName)));
        Assert.AreEqual(3600u, offer.AddressOption(DhcpOption.LeaseTime));
        Assert.AreEqual(1800u, offer.AddressOption(DhcpOption.RenewalTime));
        Assert.AreEqual(3150u, offer.AddressOption(DhcpOption.RebindingTime));
        Assert.AreEqual(DhcpOption.MessageType, offer.Codes[0]);
        Assert.IsTrue(offer.Bytes.Length >= 300, "padded to the BOOTP minimum");
        Assert.AreEqual(DhcpServer.Broadcast, destination);
        Assert.AreEqual(68, port);
    }

    [TestMethod]
    public void ParameterRequestListOrderIsHonoured()
    {
        var offer = Send(new DhcpMessage { ParameterRequestList = new byte[] { 15, 6, 3, 1 } }).Reply;
        int[] codes = offer.Codes;
        CollectionAssert.AreEqual(new[] { 53, 54, 51, 15, 6, 3, 1 }, codes.Take(7).ToArray());
    }

    [TestMethod]
    public void SelectingRequestIsAckedAndSaved()
    {
        Assert.AreEqual(Lab10, Lease(Mac(1)));
        StringAssert.StartsWith(_store.Text, "bound 192.168.1.10 ");
        StringAssert.Contains(_store.Text, " 01020000000001 -\n");
    }

    [TestMethod]
    public void TwoClientsGetDistinctAddresses()
    {
        Assert.AreEqual(Lab10, Lease(Mac(1)));
        Assert.AreEqual(Lab11, Lease(Mac(2)));
        Assert.AreEqual(Lab10, Lease(Mac(1)), "the first client keeps its address");
    }

    [TestMethod]
    public void OfferIsHeldForItsClient()
    {
        Assert.AreEqual(Lab10, Send(new DhcpMessage { Mac = Mac(1) }).Reply.YourAddress);
        Assert.AreEqual(Lab11, Send(new DhcpMessage { Mac = Mac(2) }).Reply.YourAddress);
    }

    [TestMethod]
    public void ClientThatChoseAnotherServerFreesTheOffer()
    {
        Send(new DhcpMessage { Mac = Mac(1) });
        Assert.IsNull(Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(1), ServerId = 0x0A000001, RequestedAddress = Lab10 }).Reply);
        Assert.AreEqual(Lab10, Send(new DhcpMessage { Mac = Mac(2) }).Reply.YourAddress);
    }

    [TestMethod]
    public void InitRebootInTheRightSubnetIsAcked()
    {
        var ack = Send(new DhcpMessage { Type = DhcpMessageType.Request, RequestedAddress = 0xC0A80132 }).Reply;
        Assert.AreEqual(DhcpMessageType.Ack, ack.Type);
        Assert.AreEqual(0xC0A80132u, ack.YourAddress);
    }

    [TestMethod]
    public void InitRebootFromAnotherNetworkIsNakedByBroadcast()
    {
        var (nak, destination, port) = Send(new DhcpMessage { Type = DhcpMessageType.Request, RequestedAddress = 0x0A000005 });
        Assert.AreEqual(DhcpMessageType.Nak, nak.Type);
        Assert.AreEqual(0u, nak.YourAddress);
        Assert.AreEqual(DhcpServer.Broadcast, destination);
        Assert.AreEqual(68, port);
        Assert.IsNull(nak.Option(DhcpOption.LeaseTime));
    }

    [TestMethod]
    public void AddressOfAnotherClientIsNaked()
    {
        Lease(Mac(1));
        Assert.AreEqual(DhcpMessageType.Nak, Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(2), RequestedAddress = Lab10 }).Reply.Type);
        Assert.AreEqual(DhcpMessageType.Nak, Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(2), ServerId = Appliance, RequestedAddress = Lab10 }).Reply.Type);
    }

    [TestMethod]
    public void RenewingIsUnicastToTheClientAndExtendsTheLease()
    {
        Lease(Mac(1));
        _clock.UtcNow = _clock.UtcNow.AddMinutes(40);
        var (ack, destination, port) = Send(new DhcpMessage { Type = DhcpMessageType.Request, ClientAddress = Lab10 });
        Assert.AreEqual(DhcpMessageType.Ack, ack.Type);
        Assert.AreEqual(Lab10, ack.YourAddress);
        Assert.AreEqual(Lab10, destination);
        Assert.AreEqual(68, port);
        _clock.UtcNow = _clock.UtcNow.AddMinutes(40);
        Assert.AreEqual(Lab10, Lease(Mac(1)), "still the client's: the renewal extended it");
        Assert.AreEqual(Lab11, Lease(Mac(2)));
    }

    [TestMethod]
    public void RebindingBroadcastIsAckedToCiaddr()
    {
        Lease(Mac(1));
        var (ack, destination, _) = Send(new DhcpMessage { Type = DhcpMessageType.Request, ClientAddress = Lab10, Broadcast = true });
        Assert.AreEqual(DhcpMessageType.Ack, ack.Type);
        Assert.AreEqual(Lab10, destination);
    }

    [TestMethod]
    public void BroadcastFlagOrNoAddressMeansBroadcast()
    {
        Assert.AreEqual(DhcpServer.Broadcast, Send(new DhcpMessage { Broadcast = true }).Destination);
    }

    [TestMethod]
    public void DeclinedAddressIsQuarantined()
    {
        Lease(Mac(1));
        Assert.IsNull(Send(new DhcpMessage { Type = DhcpMessageType.Decline, Mac = Mac(1), RequestedAddress = Lab10, ServerId = Appliance }).Reply);
        StringAssert.StartsWith(_store.Text, "declined 192.168.1.10");
        Assert.AreEqual(Lab11, Send(new DhcpMessage { Mac = Mac(1) }).Reply.YourAddress, "not even to the same client");
        Assert.AreEqual(Lab11 + 1, Send(new DhcpMessage { Mac = Mac(2) }).Reply.YourAddress, "nor to others");
        _clock.UtcNow = _clock.UtcNow.AddSeconds(_model.Dhcp.DeclineQuarantineSeconds + 1);
        Assert.AreEqual(Lab10, Send(new DhcpMessage { Mac = Mac(3) }).Reply.YourAddress, "back after the quarantine");
    }

    [TestMethod]
    public void ReleaseFreesTheAddressAndTheHostName()
    {
        Lease(Mac(1), "pc0");
        Assert.IsTrue(HostResolves("pc0.mail.com"));
        Assert.IsNull(Send(new DhcpMessage { Type = DhcpMessageType.Release, Mac = Mac(1), ClientAddress = Lab10, ServerId = Appliance }).Reply);
        Assert.IsFalse(HostResolves("pc0.mail.com"));
        Assert.AreEqual("", _store.Text);
        Assert.AreEqual(Lab10, Lease(Mac(2)));
    }

    [TestMethod]
    public void ReleaseOfSomeoneElsesAddressIsIgnored()
    {
        Lease(Mac(1));
        Send(new DhcpMessage { Type = DhcpMessageType.Release, Mac = Mac(2), ClientAddress = Lab10 });
        Assert.AreEqual(Lab11, Lease(Mac(2)));
    }

    [TestMethod]
    public void InformGetsOptionsWithoutALease()
    {
        var (ack, destination, port) = Send(new DhcpMessage { Type = DhcpMessageType.Inform, ClientAddress = 0xC0A80105 });
        Assert.AreEqual(DhcpMessageType.Ack, ack.Type);
        Assert.AreEqual(0u, ack.YourAddress);
        Assert.AreEqual(0xC0A80105u, ack.ClientAddress);
        Assert.IsNull(ack.Option(DhcpOption.LeaseTime));
        Assert.IsNull(ack.Option(DhcpOption.RenewalTime));
        Assert.AreEqual(Appliance, ack.AddressOption(DhcpOption.DomainNameServer));
        Assert.AreEqual(0xC0A80105u, destination);
        Assert.AreEqual(68, port);
        Assert.AreEqual(0, _store.Saves);
    }

    [TestMethod]
    public void RelayedRequestIsServedFromTheRelaysPoolAndAnsweredToTheRelay()
    {
        var (offer, destination, port) = Send(new DhcpMessage { RelayAddress = BackendRelay, RelayInformation = new byte[] { 1, 2, 0x41, 0x42 } });
        Assert.AreEqual(0xC0A80264u, offer.YourAddress);
        Assert.AreEqual(BackendRelay, offer.AddressOption(DhcpOption.Router));
        Assert.AreEqual("mt.com", Encoding.ASCII.GetString(offer.Option(DhcpOption.DomainName)));
        Assert.AreEqual(BackendRelay, offer.RelayAddress);
        Assert.AreEqual(BackendRelay, destination);
        Assert.AreEqual(67, port);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 0x41, 0x42 }, offer.Option(DhcpOption.RelayAgentInformation), "RFC 3046 echo");
        Assert.AreEqual(DhcpOption.RelayAgentInformation, offer.Codes.Last());
        var nak = Send(new DhcpMessage { Type = DhcpMessageType.Request, RelayAddress = BackendRelay, RequestedAddress = Lab10 }).Reply;
        Assert.AreEqual(DhcpMessageType.Nak, nak.Type);
        Assert.IsTrue(nak.Broadcast, "RFC 2131 §4.1: a NAK through a relay has the broadcast bit set");
    }

    [TestMethod]
    public void RelayFromAnUnknownSubnetIsIgnored()
    {
        Assert.IsNull(Send(new DhcpMessage { RelayAddress = 0x0A0A0A01 }).Reply);
    }

    [TestMethod]
    public void PoolOfBoundLeasesMeansSilence()
    {
        foreach (int n in new[] { 1, 2 })
        {
            var offer = Send(new DhcpMessage { Mac = Mac(n), RelayAddress = BackendRelay }).Reply;
            Assert.AreEqual(DhcpMessageType.Ack, Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(n), RelayAddress = BackendRelay, ServerId = Appliance, RequestedAddress = offer.YourAddress }).Reply.Type);
        }
        Assert.IsNull(Send(new DhcpMessage { Mac = Mac(3), RelayAddress = BackendRelay }).Reply, "both addresses leased: another server may have room");
    }

    [TestMethod]
    public void ReservationsGetTheirAddressAndNobodyElseDoes()
    {
        _model.Dhcp.Reserve(new DhcpReservation("pc9", Lab10, 24, Mac(9), null));
        _model.Dhcp.Reserve(new DhcpReservation("laptop", 0xC0A80132, 24, null, new byte[] { 0xFF, 1, 2, 3 }));
        Assert.AreEqual(Lab11, Lease(Mac(1)), ".10 is reserved for another client");
        Assert.AreEqual(Lab10, Lease(Mac(9)));
        var offer = Send(new DhcpMessage { Mac = Mac(5), ClientId = new byte[] { 0xFF, 1, 2, 3 } }).Reply;
        Assert.AreEqual(0xC0A80132u, offer.YourAddress);
        Assert.AreEqual(DhcpMessageType.Nak, Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(9), RequestedAddress = 0xC0A80140 }).Reply.Type,
            "a reserved client is steered back to its address");
    }

    [TestMethod]
    public void ExcludedApplianceAndRouterAddressesAreNeverOffered()
    {
        var model = new ApplianceModel(new CountingRandom()) { Address = 0xC0A80303 };
        model.Dhcp.SetPool(new DhcpPool("tiny", 0xC0A80300, 24) { Router = 0xC0A80301, RangeStart = 0xC0A80301, RangeEnd = 0xC0A80305 });
        model.Dhcp.Exclude(0xC0A80304, 0xC0A80304);
        _server = new DhcpServer(model, _leases, _clock, _store);
        var leased = Enumerable.Range(1, 3).Select(i =>
        {
            var offer = Send(new DhcpMessage { Mac = Mac(i) }).Reply;
            return offer == null ? null : Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(i), ServerId = model.Address, RequestedAddress = offer.YourAddress }).Reply?.YourAddress;
        }).ToArray();
        CollectionAssert.AreEqual(new uint?[] { 0xC0A80302, 0xC0A80305, null }, leased, "not .1 (router), .3 (appliance), .4 (excluded)");
    }

    [TestMethod]
    public void HostNameIsRegisteredInDnsAndEchoed()
    {
        var offer = Send(new DhcpMessage { HostName = "PC1.lab" }).Reply;
        CollectionAssert.AreEqual(Encoding.ASCII.GetBytes("PC1.lab"), offer.Option(DhcpOption.HostName));
        Lease(Mac(1), "PC1.lab");
        Assert.IsTrue(HostResolves("pc1.mail.com"));
        StringAssert.Contains(_store.Text, " pc1\n");
    }

    [TestMethod]
    public void ClientFqdnOptionGivesTheHostName()
    {
        // RFC 4702: flags with E (canonical wire encoding), two RCODE bytes, then the name.
        byte[] fqdn = { 0x05, 0, 0, 6, (byte)'l', (byte)'a', (byte)'p', (byte)'t', (byte)'o', (byte)'p', 3, (byte)'l', (byte)'a', (byte)'b', 0 };
        byte[] discover = new DhcpMessage().Build();
        byte[] withFqdn = discover.Take(discover.Length - 1).Concat(new byte[] { 81, (byte)fqdn.Length }).Concat(fqdn).Concat(new byte[] { 255 }).ToArray();
        var buffer = new byte[1500];
        _server.Handle(withFqdn, withFqdn.Length, buffer, out _, out _);
        byte[] request = new DhcpMessage { Type = DhcpMessageType.Request, ServerId = Appliance, RequestedAddress = Lab10 }.Build();
        byte[] requestWithFqdn = request.Take(request.Length - 1).Concat(new byte[] { 81, (byte)fqdn.Length }).Concat(fqdn).Concat(new byte[] { 255 }).ToArray();
        Assert.IsTrue(_server.Handle(requestWithFqdn, requestWithFqdn.Length, buffer, out _, out _) > 0);
        Assert.IsTrue(HostResolves("laptop.mail.com"));
    }

    [TestMethod]
    public void LeasesSurviveARestart()
    {
        Lease(Mac(1), "pc0");
        var reloaded = new DhcpLeases();
        byte[] saved = Encoding.ASCII.GetBytes(_store.Text);
        reloaded.Load(saved, saved.Length, _server.Now());
        var model = _model;
        _server = new DhcpServer(model, reloaded, _clock, _store);
        model.Dns.RemoveLeaseHost("pc0");
        _server.RegisterHostNames();
        Assert.IsTrue(HostResolves("pc0.mail.com"));
        Assert.AreEqual(Lab11, Send(new DhcpMessage { Mac = Mac(2) }).Reply.YourAddress, "the live lease is not handed to another client");
        Assert.AreEqual(Lab10, Send(new DhcpMessage { Mac = Mac(1) }).Reply.YourAddress);
    }

    [TestMethod]
    public void ExpiredLeasesAreReclaimed()
    {
        Lease(Mac(1), "pc0");
        _clock.UtcNow = _clock.UtcNow.AddSeconds(3601);
        Assert.AreEqual(Lab10, Send(new DhcpMessage { Mac = Mac(2) }).Reply.YourAddress);
        Assert.IsFalse(HostResolves("pc0.mail.com"));
    }

    [TestMethod]
    public void MalformedMessagesAreIgnored()
    {
        var good = new DhcpMessage().Build();
        var buffer = new byte[1500];
        byte[][] bad =
        {
            good.Take(239).ToArray(),
            good.Select((b, i) => i == 236 ? (byte)0 : b).ToArray(),                 // no magic cookie
            good.Select((b, i) => i == 0 ? (byte)2 : b).ToArray(),                   // a reply, not a request
            good.Take(240).Concat(new byte[] { 255 }).ToArray(),                     // no message type
            good.Take(240).Concat(new byte[] { 53, 9, 1 }).ToArray(),                // option runs off the end
            good.Take(240).Concat(new byte[] { 53, 1, 9, 255 }).ToArray(),           // unknown message type
        };
        foreach (byte[] packet in bad)
        {
            Assert.AreEqual(0, _server.Handle(packet, packet.Length, buffer, out _, out _));
        }
    }

    [TestMethod]
    public void RandomMessagesNeverThrow()
    {
        var random = new Random(2131);
        var buffer = new byte[1500];
        byte[] good = new DhcpMessage { HostName = "x", ParameterRequestList = new byte[] { 1, 3 } }.Build();
        for (int i = 0; i < 20000; i++)
        {
            byte[] packet = good.ToArray();
            int flips = random.Next(1, 8);
            for (int f = 0; f < flips; f++)
            {
                packet[random.Next(packet.Length)] = (byte)random.Next(256);
            }
            int length = random.Next(200, packet.Length + 1);
            int n = _server.Handle(packet, length, buffer, out _, out _);
            Assert.IsTrue(n == 0 || n >= 300);
        }
    }

    [TestMethod]
    public void SteadyStateMessagesAllocateNothing()
    {
        byte[] discover = new DhcpMessage { HostName = "pc7", ParameterRequestList = new byte[] { 1, 3, 6, 15, 12 } }.Build();
        byte[] renew = new DhcpMessage { Type = DhcpMessageType.Request, ClientAddress = Lab10, HostName = "pc7" }.Build();
        byte[] inform = new DhcpMessage { Type = DhcpMessageType.Inform, ClientAddress = 0xC0A80105 }.Build();
        var buffer = new byte[1500];
        Lease(Mac(1), "pc7");
        foreach (byte[] m in new[] { discover, renew, inform })
        {
            _server.Handle(m, m.Length, buffer, out _, out _);
        }
        _store.Text = null;
        var silent = new DhcpServer(_model, _leases, _clock, new NullStore());
        foreach (byte[] m in new[] { discover, renew, inform })
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 300; i++)
            {
                silent.Handle(m, m.Length, buffer, out _, out _);
            }
            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before, "message type " + m[242]);
        }
    }

    private sealed class NullStore : ILeaseStore
    {
        public void Save(DhcpLeases leases)
        {
        }
    }

    private bool HostResolvesTo(string name, uint address)
    {
        var responder = new DnsResponder(_model, new DnsZones(_model));
        byte[] query = MailAppliance.Core.Tests.Dns.DnsPackets.Query(name, DnsType.A);
        var reply = new byte[512];
        int n = responder.Handle(query, query.Length, reply, false, DnsClients.Lab);
        var records = MailAppliance.Core.Tests.Dns.DnsPackets.Records(reply, n);
        return records.Count == 1 && records[0].Data == Ipv4.Format(address);
    }

    private bool HostResolves(string name)
    {
        var responder = new DnsResponder(_model, new DnsZones(_model));
        byte[] query = MailAppliance.Core.Tests.Dns.DnsPackets.Query(name, DnsType.A);
        var reply = new byte[512];
        int n = responder.Handle(query, query.Length, reply, false, DnsClients.Lab);
        return MailAppliance.Core.Tests.Dns.DnsPackets.Rcode(reply) == DnsRcode.NoError && MailAppliance.Core.Tests.Dns.DnsPackets.Count(reply, 1) == 1 && n > 0;
    }
}
