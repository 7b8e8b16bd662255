using System;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Emulator;

/// <summary>Prints transcript lines with a time stamp, when --trace is on; errors always.</summary>
public sealed class ConsoleTrace : ITrace
{
    private readonly bool _transcripts;
    private readonly object _sync = new();

    public ConsoleTrace(bool transcripts)
    {
        _transcripts = transcripts;
    }

    public void Write(string session, string line)
    {
        if (!_transcripts && !line.StartsWith("-- session failed"))
        {
            return;
        }
        lock (_sync)
        {
            Console.WriteLine($"{DateTime.Now:HH:mm:ss.fff} {session,-8} {line}");
        }
    }
}
