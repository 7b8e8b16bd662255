using System.Collections.Generic;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Tests.Fakes;

/// <summary>Keeps transcript lines so tests can check what a trace shows (and hides).</summary>
public sealed class ListTrace : ITrace
{
    public List<string> Lines { get; } = new();

    public bool IsTracing(string protocol) => true;

    public void Write(string session, string line)
    {
        lock (Lines)
        {
            Lines.Add(session + " " + line);
        }
    }
}
