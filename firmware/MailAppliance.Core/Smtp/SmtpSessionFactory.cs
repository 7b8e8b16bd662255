using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Smtp
{
    /// <summary>Makes an <see cref="SmtpSession"/> per connection, numbered for the trace.</summary>
    public sealed class SmtpSessionFactory : MailSessionFactory
    {
        public SmtpSessionFactory(ApplianceModel model, IMailStore store, IClock clock, ITrace trace)
            : base("smtp", model, store, clock, trace)
        {
        }

        protected override ISession Make(ISessionOutput output, string remoteAddress, string traceName)
        {
            return new SmtpSession(Model, Store, Clock, Trace, output, remoteAddress, traceName);
        }
    }
}
