using System.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Tests.Fakes;

namespace MailAppliance.Core.Tests.Console;

/// <summary>A console on the lab set-up, as a serial terminal sees it (the session echoes).</summary>
public sealed class ConsoleFixture : ICliOutput
{
    private readonly StringBuilder _screen = new();

    public readonly ApplianceModel Model = new();
    public readonly MemoryStore Store = new();
    public readonly FakeHost Host = new();
    public readonly TraceRouter Trace = new(new FixedClock());
    public readonly CliEngine Engine;
    public readonly ConsoleSession Session;

    public ConsoleFixture(bool labExample = true)
    {
        if (labExample)
        {
            LabExample.Apply(Model);
        }
        Model.Address = 0xC0A80102;
        Engine = new CliEngine(Model, Store, Host, new DnsZones(Model), null, Trace);
        Session = new ConsoleSession(Engine, this, true);
        Trace.Sink = Session;
        Model.Log.Listener = Session;
        Session.Start();
    }

    public void Write(string text) => _screen.Append(text);

    public void Type(string keys)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(keys);
        Session.Receive(bytes, 0, bytes.Length);
    }

    /// <summary>The screen so far, and starts a new one.</summary>
    public string Take()
    {
        string text = _screen.ToString();
        _screen.Clear();
        return text;
    }
}
