using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Dns
{
    /// <summary>Makes a <see cref="DnsTcpSession"/>, with its own responder, per TCP connection.</summary>
    public sealed class DnsTcpSessionFactory : NumberedSessionFactory
    {
        private readonly ApplianceModel _model;
        private readonly DnsZones _zones;
        private readonly IDnsUpstream _upstream;
        private readonly ITrace _trace;

        public DnsTcpSessionFactory(ApplianceModel model, DnsZones zones, IDnsUpstream upstream, ITrace trace)
            : base("dns-tcp", trace)
        {
            _model = model;
            _zones = zones;
            _upstream = upstream;
            _trace = trace;
        }

        protected override ISession Make(ISessionOutput output, string remoteAddress, string traceName)
        {
            uint client;
            if (!Ipv4.TryParse(remoteAddress, out client))
            {
                client = 0; // not IPv4: never one of the lab's networks
            }
            return new DnsTcpSession(new DnsResponder(_model, _zones), _upstream, output, _trace, client, traceName);
        }
    }
}
