using MailAppliance.Core.Console;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Benchmarks.OnNanoClr
{
    /// <summary>A socket that takes every byte at once (on the board lwIP holds them, outside the managed heap).</summary>
    public sealed class CountingSocket : ISessionOutput
    {
        public long Sent;
        public bool Closed;

        public void Write(byte[] buffer, int offset, int count) => Sent += count;

        public void Delay(int milliseconds)
        {
        }

        public void Close() => Closed = true;
    }

    /// <summary>The serial console's terminal: counts what the teacher would read.</summary>
    public sealed class CountingTerminal : ICliOutput
    {
        public long Characters;

        public void Write(string text) => Characters += text.Length;
    }

    /// <summary>A device for the console without startup-config or reload (measured, not used).</summary>
    public sealed class BenchHost : ICliHost
    {
        public string LoadStartupConfig() => null;

        public string StartupConfigProblem() => null;

        public bool SaveStartupConfig(string text) => true;

        public bool EraseStartupConfig() => true;

        public void Reload()
        {
        }

        public string[] VersionLines() => new string[] { "memory benchmark on nanoCLR" };

        public string[] InterfaceLines() => new string[] { "ethernet0     192.168.1.2      manual  up" };
    }
}
