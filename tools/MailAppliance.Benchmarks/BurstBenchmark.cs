using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace MailAppliance.Benchmarks;

/// <summary>
/// A burst of connections at a full appliance (one session allowed, one held): how long until
/// every one of 200 simultaneous connection attempts has its answer (the busy reply). Before the
/// listen backlog was raised from 2, such a burst took 17 s (SYN retries); figures only.
/// </summary>
public static class BurstBenchmark
{
    public const int Attempts = 200;

    public static void Run()
    {
        var emulator = new MeasuredEmulator(10 * 1024 * 1024, "--max-sessions", "1", "--max-sessions-per-address", "1000");
        using var holder = new TcpClient("127.0.0.1", emulator.SmtpPort);
        ReadLine(holder);
        var watch = Stopwatch.StartNew();
        var answers = Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ => Task.Run(() =>
        {
            using var client = new TcpClient("127.0.0.1", emulator.SmtpPort);
            return (Line: ReadLine(client), Milliseconds: watch.Elapsed.TotalMilliseconds);
        }))).Result;
        var times = answers.Select(a => a.Milliseconds).OrderBy(t => t).ToArray();
        int busy = answers.Count(a => a.Line.StartsWith("421 4.3.2"));
        Console.WriteLine($"burst: {Attempts} connections at a full appliance: {busy} told 421 busy; answered in {times[times.Length / 2]:F0} ms (median), {times[^1]:F0} ms (last)");
        emulator.Stop();
    }

    private static string ReadLine(TcpClient client)
    {
        client.ReceiveTimeout = 60000;
        var buffer = new byte[512];
        var text = new StringBuilder();
        var stream = client.GetStream();
        while (!text.ToString().Contains('\n'))
        {
            int n = stream.Read(buffer, 0, buffer.Length);
            if (n == 0)
            {
                break;
            }
            text.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }
        return text.ToString();
    }
}
