using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// <c>debug smtp|pop3|imap|http|dns|dhcp</c>: passes the transcript lines of the protocols switched
    /// on to the console, time-stamped, and drops the rest.
    /// </summary>
    public sealed class TraceRouter : ITrace
    {
        public const string Smtp = "smtp";
        public const string Pop3 = "pop3";
        public const string Dns = "dns";
        public const string Dhcp = "dhcp";
        public const string Imap = "imap";
        public const string Http = "http";

        private static readonly string[] Protocols = { Smtp, Pop3, Imap, Http, Dns, Dhcp };
        private readonly bool[] _on = new bool[Protocols.Length];
        private readonly IClock _clock;

        public TraceRouter(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>Where the lines go (the console); unset, they go nowhere.</summary>
        public ILogListener Sink { get; set; }

        /// <summary>Turns one protocol's trace on or off; false for a name that is not one.</summary>
        public bool Set(string protocol, bool on)
        {
            for (int i = 0; i < Protocols.Length; i++)
            {
                if (Protocols[i] == protocol)
                {
                    _on[i] = on;
                    return true;
                }
            }
            return false;
        }

        public void SetAll(bool on)
        {
            for (int i = 0; i < _on.Length; i++)
            {
                _on[i] = on;
            }
        }

        /// <summary>The protocols traced now, for <c>show debugging</c>-like listings.</summary>
        public string[] Enabled
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _on.Length; i++)
                {
                    count += _on[i] ? 1 : 0;
                }
                var names = StringArrays.New(count);
                count = 0;
                for (int i = 0; i < _on.Length; i++)
                {
                    if (_on[i])
                    {
                        names[count++] = Protocols[i];
                    }
                }
                return names;
            }
        }

        public bool IsTracing(string protocol)
        {
            for (int i = 0; i < Protocols.Length; i++)
            {
                if (_on[i] && protocol.StartsWith(Protocols[i]))
                {
                    return true;
                }
            }
            return false;
        }

        // A session is named by its protocol and number ("smtp 3"). The line may hold anything
        // a client sent: its controls are escaped before they reach a terminal.
        public void Write(string session, string line)
        {
            ILogListener sink = Sink;
            if (sink != null && IsTracing(session))
            {
                sink.Logged(EventLog.Stamp(_clock) + " " + session + " " + Printable.Escape(line));
            }
        }
    }
}
