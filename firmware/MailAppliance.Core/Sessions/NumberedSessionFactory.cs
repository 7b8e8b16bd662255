namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// Makes a protocol's sessions, numbering them for the trace ("smtp 12"): the protocol
    /// supplies <see cref="Make"/>. Safe to call from the accept threads of several services.
    /// </summary>
    public abstract class NumberedSessionFactory : ISessionFactory
    {
        private readonly string _prefix;
        private int _count;

        /// <param name="prefix">The protocol's name in the trace, e.g. "smtp".</param>
        protected NumberedSessionFactory(string prefix)
        {
            _prefix = prefix;
        }

        public ISession Create(ISessionOutput output, string remoteAddress)
        {
            int number = System.Threading.Interlocked.Increment(ref _count);
            return Make(output, remoteAddress, _prefix + " " + number);
        }

        /// <summary>A new session named <paramref name="traceName"/> in the trace.</summary>
        protected abstract ISession Make(ISessionOutput output, string remoteAddress, string traceName);
    }
}
