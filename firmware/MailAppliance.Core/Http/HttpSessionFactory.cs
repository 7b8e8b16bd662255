using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Core.Http
{
    /// <summary>Makes an <see cref="HttpSession"/> per connection, numbered for the trace ("http 3").</summary>
    public sealed class HttpSessionFactory : NumberedSessionFactory
    {
        private readonly ApplianceModel _model;
        private readonly IWebContent _content;
        private readonly IClock _clock;
        private readonly ITrace _trace;
        private readonly FirstSeen _firstSeen = new FirstSeen();

        public HttpSessionFactory(ApplianceModel model, IWebContent content, IClock clock, ITrace trace)
            : base("http", trace)
        {
            _model = model;
            _content = content;
            _clock = clock;
            _trace = trace;
        }

        protected override ISession Make(ISessionOutput output, string remoteAddress, string traceName)
        {
            return new HttpSession(_model, _content, _firstSeen, _clock, _trace, output, traceName);
        }
    }
}
