using System.Collections;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>Keeps transcript lines so tests can check what a trace shows (and hides).</summary>
    public sealed class ListTrace : ITrace
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Every line written so far, each "session line".</summary>
        public string[] Lines
        {
            get
            {
                lock (_lines)
                {
                    return (string[])_lines.ToArray(typeof(string));
                }
            }
        }

        public bool IsTracing(string protocol) => true;

        public void Write(string session, string line)
        {
            lock (_lines)
            {
                _lines.Add(session + " " + line);
            }
        }
    }
}
