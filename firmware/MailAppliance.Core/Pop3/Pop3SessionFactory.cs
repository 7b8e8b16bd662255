using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Pop3
{
    /// <summary>Makes a <see cref="Pop3Session"/> per connection, numbered for the trace.</summary>
    public sealed class Pop3SessionFactory : ISessionFactory
    {
        private readonly ApplianceModel _model;
        private readonly IMailStore _store;
        private readonly IClock _clock;
        private readonly ITrace _trace;
        private int _count;

        public Pop3SessionFactory(ApplianceModel model, IMailStore store, IClock clock, ITrace trace)
        {
            _model = model;
            _store = store;
            _clock = clock;
            _trace = trace;
        }

        public ISession Create(ISessionOutput output, string remoteAddress)
        {
            int number = System.Threading.Interlocked.Increment(ref _count);
            return new Pop3Session(_model, _store, _clock, _trace, output, remoteAddress, "pop3 " + number);
        }
    }
}
