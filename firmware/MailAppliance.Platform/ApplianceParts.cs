using System.Net;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dns;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Platform
{
    /// <summary>
    /// The appliance's long-lived objects, built one way for the board, the emulator, the memory
    /// benchmark and the on-device memory test: the model, its clock, the trace, the DNS zones,
    /// the mail store on the card and the console engine.
    /// </summary>
    public sealed class ApplianceParts
    {
        public readonly ApplianceModel Model = new ApplianceModel(new SystemRandom());
        public readonly ApplianceClock Clock;
        public readonly TraceRouter Trace;
        public readonly DnsZones Zones;
        public readonly CardMailStore Store;

        /// <summary>The device as the console sees it (startup-config, reload, show version); null in measurements.</summary>
        public readonly ICliHost Host;

        public readonly CliEngine Cli;

        /// <param name="cardRoot">Where the SD card's mailboxes are (D:\ on the board, the data folder in the emulator).</param>
        /// <param name="host">The device as the console sees it; it may use <see cref="Model"/> and <see cref="Store"/>, built first.</param>
        public ApplianceParts(string cardRoot, HostFactory host)
            : this(cardRoot, host, new SystemClock())
        {
        }

        /// <param name="hardwareClock">The board's clock before any correction (the emulator can start one at 1970, as a board does).</param>
        public ApplianceParts(string cardRoot, HostFactory host, IClock hardwareClock)
        {
            Clock = new ApplianceClock(hardwareClock, Model.Time);
            Model.Log.Clock = Clock;
            Trace = new TraceRouter(Clock);
            Zones = new DnsZones(Model);
            Store = new CardMailStore(cardRoot);
            Host = host == null ? null : host(this);
            Cli = new CliEngine(Model, Store, Host, Zones, null, Trace, Clock);
        }

        /// <summary>Builds the console's host once the model and store exist.</summary>
        public delegate ICliHost HostFactory(ApplianceParts parts);

        /// <summary>The network services over these parts, not started.</summary>
        public ApplianceServices Services(IPAddress address, int smtpPort, int pop3Port, int imapPort, int httpPort, int dnsPort, int ntpPort)
        {
            return new ApplianceServices(Model, Store, Zones, Clock, Trace, address, smtpPort, pop3Port, imapPort, httpPort, dnsPort, ntpPort);
        }
    }
}
