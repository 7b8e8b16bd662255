using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>Makes an <see cref="ImapSession"/> per connection, numbered for the trace.</summary>
    public sealed class ImapSessionFactory : NumberedSessionFactory
    {
        private readonly ApplianceModel _model;
        private readonly IImapStore _store;
        private readonly IClock _clock;
        private readonly ITrace _trace;

        public ImapSessionFactory(ApplianceModel model, IImapStore store, IClock clock, ITrace trace)
            : base("imap", trace)
        {
            _model = model;
            _store = store;
            _clock = clock;
            _trace = trace;
        }

        protected override ISession Make(ISessionOutput output, string remoteAddress, string traceName)
        {
            return new ImapSession(_model, _store, _clock, _trace, output, remoteAddress, traceName);
        }
    }
}
