using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Smtp
{
    /// <summary>Makes an <see cref="SmtpSession"/> per connection, numbered for the trace.</summary>
    public sealed class SmtpSessionFactory : ISessionFactory
    {
        private readonly ApplianceModel _model;
        private readonly IMailStore _store;
        private readonly IClock _clock;
        private readonly ITrace _trace;
        private int _count;

        public SmtpSessionFactory(ApplianceModel model, IMailStore store, IClock clock, ITrace trace)
        {
            _model = model;
            _store = store;
            _clock = clock;
            _trace = trace;
        }

        public ISession Create(ISessionOutput output, string remoteAddress)
        {
            int number = System.Threading.Interlocked.Increment(ref _count);
            return new SmtpSession(_model, _store, _clock, _trace, output, remoteAddress, "smtp " + number);
        }
    }
}
