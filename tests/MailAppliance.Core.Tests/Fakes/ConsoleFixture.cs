using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dns;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>A console on the lab set-up, as a serial terminal sees it (the session echoes).</summary>
    public sealed class ConsoleFixture : ICliOutput
    {
        private string _screen = "";

        public readonly ApplianceModel Model = new ApplianceModel(new CountingRandom());
        public readonly MemoryStore Store = new MemoryStore();
        public readonly FakeHost Host = new FakeHost();
        public readonly TraceRouter Trace = new TraceRouter(new FixedClock());

        /// <summary>The board's hardware clock: the test moves it (it starts at FixedClock's time, which is set).</summary>
        public readonly SettableClock HardwareClock = new SettableClock();

        public readonly ApplianceClock Clock;
        public readonly CliEngine Engine;
        public readonly ConsoleSession Session;

        public ConsoleFixture() : this(true)
        {
        }

        public ConsoleFixture(bool labExample)
        {
            if (labExample)
            {
                LabExample.Apply(Model);
            }
            Model.Address = 0xC0A80102;
            Clock = new ApplianceClock(HardwareClock, Model.Time);
            Engine = new CliEngine(Model, Store, Host, new DnsZones(Model), null, Trace, Clock);
            Session = new ConsoleSession(Engine, this, true);
            Trace.Sink = Session;
            Model.Log.Listener = Session;
            Session.Start();
        }

        public void Write(string text) => _screen += text;

        public void Type(string keys)
        {
            byte[] bytes = Latin1.GetBytes(keys);
            Session.Receive(bytes, 0, bytes.Length);
        }

        /// <summary>The screen so far, and starts a new one.</summary>
        public string Take()
        {
            string text = _screen;
            _screen = "";
            return text;
        }
    }
}
