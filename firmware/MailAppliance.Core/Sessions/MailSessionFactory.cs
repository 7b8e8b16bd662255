using MailAppliance.Core.Appliance;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Sessions
{
    /// <summary>What an SMTP or POP3 session is made from: the model, the mail store, the clock and the trace.</summary>
    public abstract class MailSessionFactory : NumberedSessionFactory
    {
        protected readonly ApplianceModel Model;
        protected readonly IMailStore Store;
        protected readonly IClock Clock;
        protected readonly ITrace Trace;

        protected MailSessionFactory(string prefix, ApplianceModel model, IMailStore store, IClock clock, ITrace trace)
            : base(prefix, trace)
        {
            Model = model;
            Store = store;
            Clock = clock;
            Trace = trace;
        }
    }
}
