using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Tests.Dns
{
    /// <summary>
    /// The responder's answers to the queries of DnsResponderTests and DnsTcpSessionTests, plus
    /// hostile and random packets, as bytes: run on .NET and on nanoCLR, the two must be equal.
    /// </summary>
    public static class DnsCases
    {
        public static void RcodesHaveTheirRfcNames()
        {
            Expect.Equal("NOERROR", DnsRcode.Name(DnsRcode.NoError), "0");
            Expect.Equal("REFUSED", DnsRcode.Name(DnsRcode.Refused), "5");
            Expect.True(DnsRcode.Name(DnsRcode.BadVers) == null && DnsRcode.Name(-1) == null, "others have no RFC 1035 name");
        }

        public static byte[] LabAnswers()
        {
            var lab = new Lab();
            lab.Ask(DnsQuery.Build("mail.com", DnsType.A, 0xBEEF, true, -1, 0, 1));
            lab.Ask(DnsQuery.Build("mt.com", DnsType.MX));
            lab.Ask(DnsQuery.Build("MaIl.CoM", DnsType.A));
            lab.Ask(DnsQuery.Build("nothere.mail.com", DnsType.A));
            lab.Ask(DnsQuery.Build("mail.com", DnsType.AAAA));
            lab.Ask(DnsQuery.Build("b.mail.com", DnsType.A));
            lab.Ask(DnsQuery.Build("google.com", DnsType.A));
            lab.Ask(DnsQuery.Build("mail.com", DnsType.ANY));
            lab.Ask(DnsQuery.Build("version.bind", DnsType.TXT, 0x1234, true, -1, 0, 3));
            return lab.Replies.ToArray();
        }

        public static byte[] TeacherRecordsCnameAndReverse()
        {
            var lab = new Lab();
            lab.Ask(DnsQuery.Build("www.mastertech.com", DnsType.A));
            lab.Ask(DnsQuery.Build("mastertech.com", DnsType.SOA));
            lab.Ask(DnsQuery.Build("mastertech.com", DnsType.NS));
            lab.Model.Dns.AddRecord(new DnsHostRecord("mastertech.com", DnsType.MX, 20, "www.mastertech.com"));
            lab.Model.Dns.AddRecord(new DnsHostRecord("mastertech.com", DnsType.TXT, 0, "v=spf1 -all"));
            lab.Model.Dns.AddRecord(new DnsHostRecord("lab.mastertech.com", DnsType.NS, 0, "mail.com"));
            lab.Ask(DnsQuery.Build("mastertech.com", DnsType.MX));
            lab.Ask(DnsQuery.Build("mastertech.com", DnsType.TXT));
            lab.Ask(DnsQuery.Build("lab.mastertech.com", DnsType.NS));
            lab.Ask(DnsQuery.Build("web.mt.com", DnsType.A));
            lab.Ask(DnsQuery.Build("web.mt.com", DnsType.CNAME));
            lab.Ask(DnsQuery.Build("2.1.168.192.in-addr.arpa", DnsType.PTR));
            lab.Ask(DnsQuery.Build("10.1.168.192.in-addr.arpa", DnsType.PTR));
            lab.Ask(DnsQuery.Build("99.1.168.192.in-addr.arpa", DnsType.PTR));
            lab.Ask(DnsQuery.Build("1.0.0.10.in-addr.arpa", DnsType.PTR));
            return lab.Replies.ToArray();
        }

        /// <summary>Records added and removed while the responder serves (DnsSettings' arrays grow and shrink).</summary>
        public static byte[] DhcpHostNamesComeAndGo()
        {
            var lab = new Lab();
            lab.Ask(DnsQuery.Build("pc0.mail.com", DnsType.A));
            lab.Model.Dns.SetLeaseHost("PC0", 0xC0A80104);
            lab.Model.Dns.SetLeaseHost("pc1", 0xC0A80105);
            lab.Model.Dns.SetLeaseHost("pc2", 0xC0A80106);
            lab.Ask(DnsQuery.Build("pc0.mail.com", DnsType.A));
            lab.Ask(DnsQuery.Build("4.1.168.192.in-addr.arpa", DnsType.PTR));
            lab.Model.Dns.RemoveLeaseHost("pc1");
            lab.Ask(DnsQuery.Build("pc1.mail.com", DnsType.A));
            lab.Ask(DnsQuery.Build("pc2.mail.com", DnsType.A));
            lab.Model.Dns.RemoveLeaseHost("pc0");
            lab.Model.Dns.RemoveLeaseHost("pc2");
            lab.Ask(DnsQuery.Build("pc0.mail.com", DnsType.A));
            lab.Model.Dns.LabDomain = "lab.local";
            lab.Model.Dns.SetLeaseHost("pc1", 0xC0A80103);
            lab.Ask(DnsQuery.Build("pc1.lab.local", DnsType.A));
            return lab.Replies.ToArray();
        }

        public static byte[] EdnsAndTruncation()
        {
            var lab = new Lab();
            lab.Ask(DnsQuery.Build("mail.com", DnsType.A, 0x1234, true, 4096, 0, 1));
            lab.Ask(DnsQuery.Build("mail.com", DnsType.A, 0x1234, true, 1232, 1, 1));
            for (int i = 0; i < 40; i++)
            {
                lab.Model.Dns.AddRecord(new DnsHostRecord("big.mail.com", DnsType.TXT, 0, new string((char)('a' + i % 26), 40) + i.ToString()));
            }
            lab.Ask(DnsQuery.Build("big.mail.com", DnsType.TXT));
            lab.Ask(DnsQuery.Build("big.mail.com", DnsType.TXT, 0x1234, true, 4096, 0, 1));
            lab.Ask(DnsQuery.Build("big.mail.com", DnsType.TXT), true);
            return lab.Replies.ToArray();
        }

        public static byte[] HostilePackets()
        {
            var lab = new Lab();
            byte[] query = DnsQuery.Build("mail.com", DnsType.A);
            byte[] status = DnsQuery.Build("mail.com", DnsType.A);
            status[2] |= 2 << 3;
            lab.Ask(status);
            byte[] twoQuestions = DnsQuery.Build("mail.com", DnsType.A);
            twoQuestions[5] = 2;
            lab.Ask(twoQuestions);
            lab.Ask(new byte[11]);
            byte[] response = DnsQuery.Build("mail.com", DnsType.A);
            response[2] |= 0x80;
            lab.Ask(response);
            for (int cut = 13; cut < query.Length; cut++)
            {
                lab.Ask(DnsQuery.Cut(query, cut));
            }
            lab.Ask(new byte[] { 0x12, 0x34, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 12, 0, 1, 0, 1 });
            lab.Ask(new byte[] { 0x12, 0x34, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, (byte)'a', 0xC0, 12, 0, 1, 0, 1 });
            lab.Ask(new byte[] { 0x12, 0x34, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 200, 0, 1, 0, 1 });
            byte[] edns = DnsQuery.Build("mail.com", DnsType.A, 0x1234, true, 1232, 0, 1);
            lab.Ask(DnsQuery.Cut(edns, edns.Length - 3));
            lab.Model.Dns.Enabled = false;
            lab.Ask(query);
            return lab.Replies.ToArray();
        }

        /// <summary>2,000 random packets, half with a plausible header so the parsers get exercised (as RandomPacketsNeverThrow).</summary>
        public static byte[] RandomPackets()
        {
            var lab = new Lab(true);
            var random = new Lcg(1035);
            for (int i = 0; i < 2000; i++)
            {
                byte[] packet = new byte[random.Next(80)];
                random.Fill(packet);
                if (packet.Length > 5 && i % 2 == 0)
                {
                    packet[2] &= 0x07;
                    packet[4] = 0;
                    packet[5] = 1;
                }
                lab.Ask(packet, 512);
            }
            return lab.Replies.ToArray();
        }

        /// <summary>Two framed queries over TCP split at every byte, an empty frame, then an oversized one.</summary>
        public static byte[] TcpSession()
        {
            var model = Lab.LabModel();
            var output = new RecordingOutput();
            var session = new DnsTcpSession(new DnsResponder(model, new DnsZones(model)), null, output, new ListTrace(), DnsClients.Lab, "dns-tcp 1");
            session.Start();
            var stream = new ByteBuffer();
            stream.Append(Framed(DnsQuery.Build("mail.com", DnsType.A, 1, true, -1, 0, 1)));
            stream.Append(Framed(DnsQuery.Build("mail.com", DnsType.MX, 2, true, -1, 0, 1)));
            byte[] bytes = stream.ToArray();
            for (int i = 0; i < bytes.Length; i++)
            {
                session.Receive(bytes, i, 1);
            }
            session.Receive(new byte[] { 0, 0 }, 0, 2);
            var replies = new Transcript();
            byte[] sent = output.Bytes;
            replies.Reply(sent, sent.Length);
            replies.Code(output.Closed ? 1 : 0);
            return replies.ToArray();
        }

        private static byte[] Framed(byte[] query)
        {
            var framed = new byte[query.Length + 2];
            framed[0] = (byte)(query.Length >> 8);
            framed[1] = (byte)query.Length;
            System.Array.Copy(query, 0, framed, 2, query.Length);
            return framed;
        }

        /// <summary>The lab's set-up of DnsResponderTests: mail.com and mt.com, the teacher's records.</summary>
        private sealed class Lab
        {
            public readonly ApplianceModel Model = LabModel();
            public readonly Transcript Replies;
            private readonly DnsResponder _responder;

            public Lab() : this(false)
            {
            }

            /// <summary>With <paramref name="digestsOnly"/>, each reply is kept as its length and hash (<see cref="Transcript"/>).</summary>
            public Lab(bool digestsOnly)
            {
                Replies = new Transcript(digestsOnly);
                Model.Domains.Add("mt.com");
                Model.Dns.AddRecord(new DnsHostRecord("www.mastertech.com", DnsType.A, 0, "192.168.1.10"));
                Model.Dns.AddRecord(new DnsHostRecord("web.mt.com", DnsType.CNAME, 0, "www.mastertech.com"));
                Model.Dns.AddRecord(new DnsHostRecord("a.b.mail.com", DnsType.A, 0, "192.168.1.20"));
                _responder = new DnsResponder(Model, new DnsZones(Model));
            }

            public static ApplianceModel LabModel()
            {
                var model = new ApplianceModel(new CountingRandom());
                LabExample.Apply(model);
                uint address;
                Ipv4.TryParse("192.168.1.2", out address);
                model.Address = address;
                return model;
            }

            public void Ask(byte[] query) => Ask(query, false);

            public void Ask(byte[] query, bool tcp)
            {
                var reply = new byte[4096];
                Replies.Reply(reply, _responder.Handle(query, query.Length, reply, tcp, DnsClients.Lab));
            }

            public void Ask(byte[] query, int replySize)
            {
                var reply = new byte[replySize];
                Replies.Reply(reply, _responder.Handle(query, query.Length, reply, false, DnsClients.Lab));
            }
        }
    }
}
