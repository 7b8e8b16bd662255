using MailAppliance.Core.Console;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>A device for console tests: a startup-config in memory and a reload counter.</summary>
    public sealed class FakeHost : ICliHost
    {
        public string Startup;
        public int Reloads;
        public int Erases;
        public bool CardWritable = true;

        public string LoadStartupConfig() => Startup;

        public string StartupConfigProblem() => CardWritable ? null : "the test's flash is read-only";

        public bool SaveStartupConfig(string text)
        {
            if (CardWritable)
            {
                Startup = text;
            }
            return CardWritable;
        }

        public bool EraseStartupConfig()
        {
            Startup = null;
            Erases++;
            return CardWritable;
        }

        public void Reload() => Reloads++;

        public string[] VersionLines() => new string[] { "MailAppliance firmware 0.1 (test)", "Board: none" };

        public string[] InterfaceLines() => new string[] { "ethernet0     192.168.1.2      manual  up" };
    }
}
