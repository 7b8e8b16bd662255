using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// Makes a protocol's sessions, numbering them for the trace ("smtp 12"), whose first line
    /// names the client's address and port, so a student can tell their own transaction from
    /// the class's: the protocol supplies <see cref="Make"/>. Safe to call from the accept
    /// threads of several services.
    /// </summary>
    public abstract class NumberedSessionFactory : ISessionFactory
    {
        private readonly string _prefix;
        private readonly ITrace _trace;
        private int _count;

        /// <param name="prefix">The protocol's name in the trace, e.g. "smtp".</param>
        protected NumberedSessionFactory(string prefix, ITrace trace)
        {
            _prefix = prefix;
            _trace = trace;
        }

        public ISession Create(ISessionOutput output, string remoteAddress, int remotePort)
        {
            int number = System.Threading.Interlocked.Increment(ref _count);
            string name = _prefix + " " + number;
            if (_trace.IsTracing(name))
            {
                _trace.Write(name, "-- connection from " + remoteAddress + ":" + remotePort);
            }
            return Make(output, remoteAddress, name);
        }

        /// <summary>A new session named <paramref name="traceName"/> in the trace.</summary>
        protected abstract ISession Make(ISessionOutput output, string remoteAddress, string traceName);
    }
}
