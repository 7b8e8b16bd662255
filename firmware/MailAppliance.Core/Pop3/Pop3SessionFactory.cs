using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Pop3
{
    /// <summary>Makes a <see cref="Pop3Session"/> per connection, numbered for the trace.</summary>
    public sealed class Pop3SessionFactory : MailSessionFactory
    {
        public Pop3SessionFactory(ApplianceModel model, IMailStore store, IClock clock, ITrace trace)
            : base("pop3", model, store, clock, trace)
        {
        }

        protected override ISession Make(ISessionOutput output, string remoteAddress, string traceName)
        {
            return new Pop3Session(Model, Store, Clock, Trace, output, remoteAddress, traceName);
        }
    }
}
