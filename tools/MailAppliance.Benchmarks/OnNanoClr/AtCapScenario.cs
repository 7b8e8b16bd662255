using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Http;
using MailAppliance.Core.Imap;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;
using MailAppliance.Platform;

namespace MailAppliance.Benchmarks.OnNanoClr
{
    /// <summary>
    /// The appliance at its session cap, on nanoCLR with every firmware assembly loaded: the lab
    /// model, DNS zones, the console with <c>debug all</c> tracing every line, DHCP holding 50
    /// leases, two SMTP sessions mid-DATA, a DNS-over-TCP session mid-query, and two POP3 sessions
    /// mid-RETR of a large message — the second RETR starts inside the first one's read, and the
    /// peak is measured inside the second's, with a DNS and a DHCP datagram answered there too.
    /// Then, those sessions ended, the cap again with IMAP in it: one SMTP session mid-DATA, one
    /// POP3 mid-RETR, one IMAP session in IDLE on INBOX and one IMAP session mid-FETCH of the
    /// large message, its peak measured inside the FETCH ("peak-imap"). Last, the cap with the web
    /// server in it: SMTP mid-DATA, IMAP in IDLE and two HTTP connections streaming a 1 MB file,
    /// the second started inside the first one's read and measured inside its own ("peak-http").
    /// Prints "MEMORY STAGE FREE-BYTES" lines (GC.Run(false): free managed heap after a collection)
    /// and "SCENARIO complete" when it ran to the end.
    /// </summary>
    public static class AtCapScenario
    {
        private const long MessageBytes = 1024 * 1024;
        private const long MidRetr = 64 * 1024;
        private const uint Appliance = 0xC0A80102;

        private static StreamingStore _store;
        private static ApplianceModel _model;
        private static TraceRouter _trace;
        private static DnsResponder _responder;
        private static DhcpServer _dhcp;
        private static Pop3Session _second;
        private static bool _measured;
        private static bool _imapStage;
        private static ImapSession _fetching;
        private static bool _imapMeasured;
        private static StreamingWeb _web;
        private static readonly FirstSeen _firstSeen = new FirstSeen();
        private static HttpSession _secondHttp;
        private static bool _httpMeasured;
        // The receive buffer TcpService holds for each connection, which the sessions here are fed without.
        private static readonly byte[][] ReceiveBuffers = new byte[5][];
        private static int _connections;

        public static void Main()
        {
            // nanoCLR ends a program silently on an exception nobody catches: say which it was.
            try
            {
                Run();
                // Out of Run's frame, whose locals would keep the first round's sessions alive.
                ImapAtTheCap();
                HttpAtTheCap();
                System.Console.WriteLine("SCENARIO complete delivered=" + _store.Delivered.ToString() + " measured=" + (_measured && _imapMeasured && _httpMeasured ? "yes" : "no"));
            }
            catch (System.Exception e)
            {
                System.Console.WriteLine("SCENARIO failed: " + e.GetType().FullName + " " + e.Message);
            }
        }

        private static void Run()
        {
            // nanoCLR runs the entry point of the assembly it resolves last, in dependency order:
            // naming a Firmware type makes this program come after the Firmware, whose Main would
            // otherwise run and bring up hardware the interpreter does not have.
            System.Console.WriteLine("SCENARIO in place of " + typeof(MailAppliance.Firmware.Program).FullName + ".Main");
            Report("loaded");
            var clock = new SystemClock();
            _model = new ApplianceModel(new SystemRandom());
            _model.Log.Clock = clock;
            LabExample.Apply(_model);
            LabExample.ApplyDhcp(_model.Dhcp, true);
            _model.Address = Appliance;
            Report("model");
            _trace = new TraceRouter(clock);
            var zones = new DnsZones(_model);
            Report("zones");
            _store = new StreamingStore(MessageBytes);
            _dhcp = new DhcpServer(_model, new DhcpLeases(), clock, new UnsavedLeases());
            var console = new ConsoleSession(new CliEngine(_model, _store, new BenchHost(), zones, _dhcp, _trace, new ApplianceClock(clock, _model.Time)), new CountingTerminal(), true);
            _trace.Sink = console;
            _model.Log.Listener = console;
            console.Start();
            Type(console, "debug all\r");
            Report("console");
            _responder = new DnsResponder(_model, zones);
            var reply = new byte[1500];
            for (int i = 0; i < 50; i++)
            {
                Lease(i, reply);
            }
            Report("leases");
            Ask(reply);
            Report("idle");

            var smtp1 = Smtp("smtp 1");
            var smtp2 = Smtp("smtp 2");
            Report("smtp");
            Accept();
            var dnsTcp = new DnsTcpSession(_responder, null, new CountingSocket(), _trace, 0xC0A80164, "dns-tcp 1");
            dnsTcp.Start();
            byte[] query = DnsQuery.Build("mail.com", DnsType.MX);
            dnsTcp.Receive(new byte[] { 0, (byte)query.Length }, 0, 2);
            dnsTcp.Receive(query, 0, 5);
            Report("dns-tcp");

            _store.OnRead = MidRetrieval;
            Accept();
            var pop1 = new Pop3Session(_model, _store, new SystemClock(), _trace, new CountingSocket(), "192.168.1.5", "pop3 1");
            pop1.Start();
            Send(pop1, "USER client1\r\nPASS admin\r\nRETR 1\r\n");
            Report("after-retr");

            Send(smtp1, ".\r\nQUIT\r\n");
            Send(smtp2, ".\r\nQUIT\r\n");
            dnsTcp.Receive(query, 5, query.Length - 5);
            Send(pop1, "QUIT\r\n");
            Send(_second, "QUIT\r\n");
            Report("end");
        }

        // The cap with IMAP in it: SMTP mid-DATA, IMAP in IDLE, POP3 mid-RETR and, inside that
        // RETR's read, IMAP mid-FETCH of the same large message, measured inside the FETCH.
        private static void ImapAtTheCap()
        {
            // The first round's connections are closed: their receive buffers go, as TcpService's do.
            _second = null;
            for (int i = 0; i < _connections; i++)
            {
                ReceiveBuffers[i] = null;
            }
            _connections = 0;
            _imapStage = true;
            Report("imap-start");
            var smtp = Smtp("smtp 3");
            Accept();
            var idle = new ImapSession(_model, _store, new SystemClock(), _trace, new CountingSocket(), "192.168.1.6", "imap 1");
            idle.Start();
            Send(idle, "a LOGIN client1 admin\r\nb SELECT INBOX\r\nc IDLE\r\n");
            idle.Poll();
            Report("imap-idle");
            Accept();
            var pop = new Pop3Session(_model, _store, new SystemClock(), _trace, new CountingSocket(), "192.168.1.5", "pop3 3");
            pop.Start();
            Send(pop, "USER client1\r\nPASS admin\r\nRETR 1\r\n");
            Send(smtp, ".\r\nQUIT\r\n");
            Send(pop, "QUIT\r\n");
            Send(idle, "DONE\r\nd LOGOUT\r\n");
            Send(_fetching, "e LOGOUT\r\n");
            Report("imap-end");
        }

        /// <summary>Steps in while a RETR reads the card: the first starts the second RETR; the second measures the peak.</summary>
        private static void MidRetrieval(string mailbox, long position)
        {
            if (position < MidRetr)
            {
                return;
            }
            if (_imapStage)
            {
                MidImap(mailbox);
                return;
            }
            if (mailbox == "client1" && _second == null)
            {
                Report("pop3-1");
                Accept();
                _second = new Pop3Session(_model, _store, new SystemClock(), _trace, new CountingSocket(), "192.168.1.5", "pop3 2");
                _second.Start();
                Send(_second, "USER client2\r\nPASS admin\r\nRETR 1\r\n");
            }
            else if (mailbox == "client2" && !_measured)
            {
                _measured = true;
                var reply = new byte[1500];
                Ask(reply);
                Lease(7, reply);
                Report("peak");
            }
        }

        // The cap with the web server in it: SMTP mid-DATA, IMAP in IDLE, two HTTP downloads of 1 MB.
        private static void HttpAtTheCap()
        {
            _fetching = null;
            for (int i = 0; i < _connections; i++)
            {
                ReceiveBuffers[i] = null;
            }
            _connections = 0;
            Report("http-start");
            var smtp = Smtp("smtp 4");
            Accept();
            var idle = new ImapSession(_model, _store, new SystemClock(), _trace, new CountingSocket(), "192.168.1.6", "imap 3");
            idle.Start();
            Send(idle, "a LOGIN client1 admin\r\nb SELECT INBOX\r\nc IDLE\r\n");
            _web = new StreamingWeb(MessageBytes);
            _web.OnRead = MidDownload;
            Accept();
            var first = new HttpSession(_model, _web, _firstSeen, new SystemClock(), _trace, new CountingSocket(), "http 1");
            first.Start();
            Send(first, "GET /brochure.pdf HTTP/1.1\r\nHost: first.mastertech.com\r\n\r\n");
            Send(smtp, ".\r\nQUIT\r\n");
            Send(idle, "DONE\r\nd LOGOUT\r\n");
            Report("http-end");
        }

        // The first download starts the second; the second measures the peak.
        private static void MidDownload(string host, long position)
        {
            if (position < MidRetr)
            {
                return;
            }
            if (host == "first.mastertech.com" && _secondHttp == null)
            {
                Report("http-1");
                Accept();
                _secondHttp = new HttpSession(_model, _web, _firstSeen, new SystemClock(), _trace, new CountingSocket(), "http 2");
                _secondHttp.Start();
                Send(_secondHttp, "GET /brochure.pdf HTTP/1.1\r\nHost: second.mastertech.com\r\n\r\n");
            }
            else if (host == "second.mastertech.com" && !_httpMeasured)
            {
                _httpMeasured = true;
                var reply = new byte[1500];
                Ask(reply);
                Lease(7, reply);
                Report("peak-http");
            }
        }

        // In the IMAP round: client1's RETR starts client2's FETCH; client2's FETCH measures the peak.
        private static void MidImap(string mailbox)
        {
            if (mailbox == "client1" && _fetching == null)
            {
                Report("imap-pop3");
                Accept();
                _fetching = new ImapSession(_model, _store, new SystemClock(), _trace, new CountingSocket(), "192.168.1.7", "imap 2");
                _fetching.Start();
                Send(_fetching, "a LOGIN client2 admin\r\nb SELECT INBOX\r\nc FETCH 1 BODY[]\r\n");
            }
            else if (mailbox == "client2" && !_imapMeasured)
            {
                _imapMeasured = true;
                var reply = new byte[1500];
                Ask(reply);
                Lease(7, reply);
                Report("peak-imap");
            }
        }

        private static void Accept()
        {
            ReceiveBuffers[_connections++] = new byte[IoSizes.Segment];
        }

        private static SmtpSession Smtp(string name)
        {
            Accept();
            var session = new SmtpSession(_model, _store, new SystemClock(), _trace, new CountingSocket(), "192.168.1.4", name);
            session.Start();
            Send(session, "EHLO pc0.mail.com\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<client2@mail.com>\r\nDATA\r\n");
            string line = "Subject: at the cap\r\n\r\n";
            for (int i = 0; i < 80; i++)
            {
                line += i == 0 ? "" : "a line of the body that a student typed into Thunderbird, " + i.ToString() + "\r\n";
                if (i % 10 == 9)
                {
                    Send(session, line);
                    line = "";
                }
            }
            return session;
        }

        private static void Lease(int client, byte[] reply)
        {
            var mac = new byte[] { 0x02, 0, 0, 0, 1, (byte)client };
            string name = "pc" + client.ToString();
            Handle(new DhcpMessage { Mac = mac, HostName = name }.Build(), reply);
            Handle(new DhcpMessage { Type = DhcpMessageType.Request, Mac = mac, ServerId = Appliance, RequestedAddress = 0xC0A8010A + (uint)client, HostName = name }.Build(), reply);
        }

        private static void Handle(byte[] message, byte[] reply)
        {
            uint destination;
            int port;
            _dhcp.Handle(message, message.Length, reply, out destination, out port);
        }

        private static void Ask(byte[] reply)
        {
            byte[] query = DnsQuery.Build("pc3.mail.com", DnsType.A);
            _responder.Handle(query, query.Length, reply, false, 0xC0A80164 /* 192.168.1.100, a lab PC */);
        }

        private static void Send(ISession session, string text)
        {
            byte[] bytes = Ascii.GetBytes(text);
            session.Receive(bytes, 0, bytes.Length);
        }

        private static void Type(ConsoleSession console, string keys)
        {
            byte[] bytes = Ascii.GetBytes(keys);
            console.Receive(bytes, 0, bytes.Length);
        }

        private static void Report(string stage) =>
            System.Console.WriteLine("MEMORY " + stage + " " + nanoFramework.Runtime.Native.GC.Run(false).ToString());

        private sealed class UnsavedLeases : ILeaseStore
        {
            private readonly byte[] _line = new byte[DhcpLeases.MaxLine];

            // As the board's lease file does, a line at a time; the card is not there.
            public void Save(DhcpLeases leases)
            {
                for (int i = 0; i < leases.Count; i++)
                {
                    leases.Line(i, _line);
                }
            }
        }
    }
}
