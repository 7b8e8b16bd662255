using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Dhcp
{
    /// <summary>
    /// The server's replies (with their destination and port) to the conversations of
    /// DhcpServerTests, fifty leases, and hostile and random messages, as bytes: run on .NET and
    /// on nanoCLR, the two must be equal. The lease file is part of the bytes.
    /// </summary>
    public static class DhcpCases
    {
        public static void MessageTypesHaveTheirRfcNames()
        {
            Expect.Equal("DISCOVER", DhcpMessageType.Name(DhcpMessageType.Discover), "1");
            Expect.Equal("INFORM", DhcpMessageType.Name(DhcpMessageType.Inform), "8");
            Expect.True(DhcpMessageType.Name(0) == null && DhcpMessageType.Name(9) == null, "undefined values have no name");
            Expect.Equal(5, DhcpMessageType.FromClients().Length, "DISCOVER, REQUEST, DECLINE, RELEASE, INFORM");
        }

        private const uint Appliance = 0xC0A80102;
        private const uint Lab10 = 0xC0A8010A;
        private const uint BackendRelay = 0xC0A80201;

        public static byte[] LeaseLifeCycle()
        {
            var lab = new Lab();
            lab.Send(new DhcpMessage { ParameterRequestList = new byte[] { 15, 6, 3, 1, 12 } });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, ServerId = Appliance, RequestedAddress = Lab10, HostName = "pc0" });
            lab.Send(new DhcpMessage { Mac = Mac(2), HostName = "PC1.lab" });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(2), ServerId = Appliance, RequestedAddress = Lab10 + 1, HostName = "PC1.lab" });
            lab.Clock.UtcNow = lab.Clock.UtcNow.AddSeconds(1800);
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, ClientAddress = Lab10, HostName = "pc0" });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, ClientAddress = Lab10, Broadcast = true });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(3), RequestedAddress = 0x0A000005 });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(3), RequestedAddress = Lab10 });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Decline, Mac = Mac(2), ServerId = Appliance, RequestedAddress = Lab10 + 1 });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Release, Mac = Mac(4), ClientAddress = Lab10 });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Release, ClientAddress = Lab10 });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Inform, ClientAddress = 0xC0A80105 });
            lab.Clock.UtcNow = lab.Clock.UtcNow.AddSeconds(100000);
            lab.Send(new DhcpMessage { Mac = Mac(5) });
            return lab.Replies();
        }

        public static byte[] RelayedAndReserved()
        {
            var lab = new Lab();
            lab.Send(new DhcpMessage { RelayAddress = BackendRelay, RelayInformation = new byte[] { 1, 2, 0x41, 0x42 } });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, RelayAddress = BackendRelay, RequestedAddress = Lab10 });
            lab.Send(new DhcpMessage { RelayAddress = 0x0A0A0A01 });
            for (int i = 10; i < 14; i++)
            {
                lab.Send(new DhcpMessage { Mac = Mac(i), RelayAddress = BackendRelay });
                lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(i), RelayAddress = BackendRelay, ServerId = Appliance, RequestedAddress = 0xC0A80264 + (uint)(i - 10) });
            }
            lab.Model.Dhcp.Reserve(new DhcpReservation("pc9", Lab10, 24, Mac(9), null));
            lab.Model.Dhcp.Reserve(new DhcpReservation("laptop", 0xC0A80132, 24, null, new byte[] { 0xFF, 1, 2, 3 }));
            lab.Send(new DhcpMessage { Mac = Mac(5), ClientId = new byte[] { 0xFF, 1, 2, 3 } });
            lab.Send(new DhcpMessage { Mac = Mac(9) });
            lab.Send(new DhcpMessage { Mac = Mac(6) });
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(6), RequestedAddress = Lab10 });
            return lab.Replies();
        }

        /// <summary>Fifty clients with host names leased, renewed and half released (DhcpLeases' and DnsSettings' arrays grow and shrink).</summary>
        public static byte[] FiftyLeases()
        {
            var lab = new Lab(true);
            for (int i = 0; i < 50; i++)
            {
                lab.Send(new DhcpMessage { Mac = Mac(100 + i), HostName = "pc" + i.ToString() });
                lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(100 + i), ServerId = Appliance, RequestedAddress = Lab10 + (uint)i, HostName = "pc" + i.ToString() });
            }
            for (int i = 0; i < 50; i += 2)
            {
                lab.Send(new DhcpMessage { Type = DhcpMessageType.Release, Mac = Mac(100 + i), ClientAddress = Lab10 + (uint)i });
            }
            lab.Send(new DhcpMessage { Type = DhcpMessageType.Request, Mac = Mac(149), ClientAddress = Lab10 + 49, HostName = "pc49" });
            return lab.Replies();
        }

        public static byte[] MalformedMessages()
        {
            var lab = new Lab();
            byte[] good = new DhcpMessage().Build();
            lab.Handle(DnsQuery.Cut(good, 239));
            byte[] noCookie = DnsQuery.Cut(good, good.Length);
            noCookie[236] = 0;
            lab.Handle(noCookie);
            byte[] reply = DnsQuery.Cut(good, good.Length);
            reply[0] = 2;
            lab.Handle(reply);
            foreach (byte[] options in new byte[][] { new byte[] { 255 }, new byte[] { 53, 9, 1 }, new byte[] { 53, 1, 9, 255 }, new byte[] { 53, 1, 1, 12, 200, 65 }, new byte[] { 0, 0, 53, 1, 1, 0 } })
            {
                var packet = new ByteBuffer();
                packet.Append(good, 0, 240);
                packet.Append(options);
                lab.Handle(packet.ToArray());
            }
            return lab.Replies();
        }

        /// <summary>2,000 messages with random bytes flipped and random cuts (as RandomMessagesNeverThrow).</summary>
        public static byte[] RandomMessages()
        {
            var lab = new Lab(true);
            var random = new Lcg(2131);
            byte[] good = new DhcpMessage { HostName = "x", ParameterRequestList = new byte[] { 1, 3 } }.Build();
            for (int i = 0; i < 2000; i++)
            {
                byte[] packet = DnsQuery.Cut(good, good.Length);
                int flips = 1 + random.Next(7);
                for (int f = 0; f < flips; f++)
                {
                    packet[random.Next(packet.Length)] = (byte)random.Next(256);
                }
                lab.Handle(DnsQuery.Cut(packet, 200 + random.Next(packet.Length - 199)));
            }
            return lab.Replies();
        }

        private static byte[] Mac(int n) => new byte[] { 0x02, 0, 0, 0, 0, (byte)n };

        /// <summary>The lab plan of DhcpServerTests: 192.168.1.0/24 with .1–.9 excluded, and the backend department behind its relay.</summary>
        private sealed class Lab : ILeaseStore
        {
            public readonly ApplianceModel Model = new ApplianceModel(new CountingRandom());
            public readonly SettableClock Clock = new SettableClock();
            private readonly Transcript _replies;
            private readonly DhcpServer _server;
            private readonly byte[] _buffer = new byte[1500];
            private string _leaseFile = "";

            public Lab() : this(false)
            {
            }

            /// <summary>With <paramref name="digestsOnly"/>, each reply is kept as its length and hash (<see cref="Transcript"/>).</summary>
            public Lab(bool digestsOnly)
            {
                _replies = new Transcript(digestsOnly);
                LabExample.Apply(Model);
                Model.Address = Appliance;
                Model.Dhcp.SetPool(new DhcpPool("lab", 0xC0A80100, 24) { Router = 0xC0A80101, LeaseSeconds = 3600 });
                Model.Dhcp.SetPool(new DhcpPool("backend", 0xC0A80200, 24) { Router = BackendRelay, DomainName = "mt.com", RangeStart = 0xC0A80264, RangeEnd = 0xC0A80267 });
                Model.Dhcp.Exclude(0xC0A80101, 0xC0A80109);
                _server = new DhcpServer(Model, new DhcpLeases(), Clock, this);
            }

            public void Send(DhcpMessage message) => Handle(message.Build());

            public void Handle(byte[] request)
            {
                uint destination;
                int port;
                int n = _server.Handle(request, request.Length, _buffer, out destination, out port);
                _replies.Reply(_buffer, n);
                if (n > 0)
                {
                    _replies.Code(destination);
                    _replies.Code(port);
                }
            }

            public void Save(DhcpLeases leases) => _leaseFile = LeaseText.Of(leases);

            /// <summary>Every reply, then the lease file as last saved.</summary>
            public byte[] Replies()
            {
                _replies.Text(_leaseFile);
                return _replies.ToArray();
            }
        }
    }
}
