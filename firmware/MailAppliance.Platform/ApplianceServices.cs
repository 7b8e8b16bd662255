using System.Net;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Http;
using MailAppliance.Core.Imap;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Storage;
using MailAppliance.Platform.Network;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Platform
{
    /// <summary>
    /// The appliance's network services over one model and store, wired the same way on the
    /// board and in the emulator. The caller starts and stops each (so it can say which port failed).
    /// </summary>
    public sealed class ApplianceServices
    {
        public readonly TcpService Smtp;
        public readonly TcpService Pop3;
        public readonly TcpService Imap;

        /// <summary>The web server: the sites in the card's www folder.</summary>
        public readonly TcpService Http;
        public readonly UdpDnsService DnsUdp;
        public readonly TcpService DnsTcp;

        /// <summary>Sets the clock from <c>ntp server</c>; idle while none is configured.</summary>
        public readonly SntpService Ntp;

        /// <param name="ntpPort">The NTP servers' port: 123 (SntpPacket.Port), or a test server's.</param>
        /// <param name="imapPort">IMAP's port: 143 on the board.</param>
        /// <param name="httpPort">HTTP's port: 80 on the board.</param>
        public ApplianceServices(ApplianceModel model, CardMailStore store, DnsZones zones, ApplianceClock clock, ITrace trace,
            IPAddress address, int smtpPort, int pop3Port, int imapPort, int httpPort, int dnsPort, int ntpPort)
        {
            Ntp = new SntpService(model.Time, clock, model.Log, ntpPort);
            // SMTP and POP3 share one cap: together they must fit the board's sockets (NANOFRAMEWORK.md).
            var limiter = new SessionLimiter(model.Limits);
            Smtp = new TcpService("smtp", new IPEndPoint(address, smtpPort),
                new SmtpSessionFactory(model, store, clock, trace), limiter, true, false, model.Limits, model.Log, model.Stats);
            Pop3 = new TcpService("pop3", new IPEndPoint(address, pop3Port),
                new Pop3SessionFactory(model, store, clock, trace), limiter, true, false, model.Limits, model.Log, model.Stats);
            // IMAP sessions count against the same budget: the board's sockets are shared by all
            // (NANOFRAMEWORK.md). Its idle sessions make room for newcomers; they time out on IMAP's own timer.
            Imap = new TcpService("imap", new IPEndPoint(address, imapPort),
                new ImapSessionFactory(model, store, clock, trace), limiter, false, true, model.Limits.Imap, model.Log, model.Stats);
            model.Http.Port = httpPort;
            // Web connections share the budget too; a quiet keep-alive one makes room like IMAP's.
            Http = new TcpService("http", new IPEndPoint(address, httpPort),
                new HttpSessionFactory(model, new FileWebContent(store.Root), clock, trace), limiter, false, true, model.Limits.Http, model.Log, model.Stats);
            var upstream = new UdpDnsForwarder(model.Dns);
            DnsUdp = new UdpDnsService(new IPEndPoint(address, dnsPort), new DnsResponder(model, zones), upstream, model.Log, trace);
            DnsTcp = new TcpService("dns-tcp", new IPEndPoint(address, dnsPort),
                new DnsTcpSessionFactory(model, zones, upstream, trace), new SessionLimiter(model.Dns), true, false, model.Dns, model.Log, model.Stats);
        }
    }
}
