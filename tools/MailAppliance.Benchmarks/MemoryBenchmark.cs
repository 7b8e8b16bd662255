using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MailAppliance.Benchmarks;

/// <summary>
/// Mail memory benchmark: runs the emulator with --memory-stats, sends one message of a given size
/// over SMTP and reads it back over POP3, then reports the emulator's peak managed heap. The
/// emulator runs with a 64 KB gen0 budget so the peak tracks what is live, not what the
/// collector has not yet reclaimed.
/// </summary>
public static class MemoryBenchmark
{
    private const int SmtpLine = 78;

    public static void Run()
    {
        long[] sizes = { 5 * 1024, 50L * 1024 * 1024 };
        Console.WriteLine("message size   peak managed heap   allocated in total   elapsed");
        long small = 0;
        foreach (long size in sizes)
        {
            var (peak, allocated, elapsed) = Measure(size);
            Console.WriteLine($"{Format(size),12}   {peak / 1024.0,14:F1} KB   {allocated / 1024.0 / 1024.0,15:F1} MB   {elapsed.TotalSeconds,6:F1} s");
            if (size == sizes[0])
            {
                small = peak;
            }
            else
            {
                Console.WriteLine($"peak difference 50 MB vs 5 KB: {(peak - small) / 1024.0:F1} KB");
            }
        }
    }

    private static string Format(long size) => size >= 1024 * 1024 ? $"{size / 1024 / 1024} MB" : $"{size / 1024} KB";

    private static (long Peak, long Allocated, TimeSpan Elapsed) Measure(long size)
    {
        string data = Directory.CreateTempSubdirectory("bench-data-").FullName;
        int smtpPort = FreePort();
        int pop3Port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "MailAppliance.Emulator.dll"), "--data", data,
            "--smtp-port", smtpPort.ToString(), "--pop3-port", pop3Port.ToString(), "--memory-stats", "--max-message-size", (size * 2).ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_GCgen0size"] = "0x10000";
        start.Environment["DOTNET_gcServer"] = "0";
        using var emulator = Process.Start(start)!;
        while (emulator.StandardOutput.ReadLine() is string line && line != "ready")
        {
        }
        var clock = Stopwatch.StartNew();
        Send(smtpPort, size);
        Retrieve(pop3Port, size);
        clock.Stop();
        kill(emulator.Id, 15);
        string report = null;
        while (emulator.StandardOutput.ReadLine() is string line)
        {
            if (line.StartsWith("memory:"))
            {
                report = line;
            }
        }
        emulator.WaitForExit();
        Directory.Delete(data, true);
        long peak = long.Parse(Field(report, "peak-heap-bytes"));
        long allocated = long.Parse(Field(report, "allocated-bytes"));
        return (peak, allocated, clock.Elapsed);
    }

    private static string Field(string report, string name)
    {
        foreach (string part in report.Split(' '))
        {
            if (part.StartsWith(name + "="))
            {
                return part.Substring(name.Length + 1);
            }
        }
        throw new InvalidOperationException("no " + name + " in " + report);
    }

    private static void Send(int port, long size)
    {
        using var client = new TcpClient("127.0.0.1", port);
        using var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        void Command(string text, string expect)
        {
            if (text != null)
            {
                byte[] bytes = Encoding.ASCII.GetBytes(text + "\r\n");
                stream.Write(bytes, 0, bytes.Length);
            }
            string reply = reader.ReadLine();
            if (reply == null || !reply.StartsWith(expect))
            {
                throw new InvalidOperationException($"after {text}: {reply}");
            }
        }
        Command(null, "220");
        Command("HELO bench", "250");
        Command("MAIL FROM:<client1@mail.com>", "250");
        Command("RCPT TO:<client2@mail.com>", "250");
        Command("DATA", "354");
        byte[] line = Encoding.ASCII.GetBytes(new string('x', SmtpLine) + "\r\n");
        byte[] block = new byte[line.Length * 800];
        for (int i = 0; i < 800; i++)
        {
            Array.Copy(line, 0, block, i * line.Length, line.Length);
        }
        long sent = 0;
        while (sent < size)
        {
            int n = (int)Math.Min(block.Length, (size - sent) / line.Length * line.Length);
            if (n == 0)
            {
                break;
            }
            stream.Write(block, 0, n);
            sent += n;
        }
        Command(".", "250");
        Command("QUIT", "221");
    }

    private static void Retrieve(int port, long size)
    {
        using var client = new TcpClient("127.0.0.1", port);
        using var stream = client.GetStream();
        byte[] request = Encoding.ASCII.GetBytes("USER client2\r\nPASS admin\r\nRETR 1\r\nQUIT\r\n");
        stream.Write(request, 0, request.Length);
        var buffer = new byte[65536];
        long received = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            received += n;
        }
        if (received < size)
        {
            throw new InvalidOperationException($"RETR brought {received} bytes for a {size}-byte message");
        }
    }

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    internal static extern int kill(int pid, int signal);
}
