using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MailAppliance.Platform;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Text;

namespace MailAppliance.Benchmarks;

/// <summary>
/// DNS throughput for a mix of A, MX and NXDOMAIN queries on the lab set-up: first the
/// responder alone in this process (queries per second and bytes allocated per query), then
/// the emulator over UDP on loopback, one query in flight at a time.
/// </summary>
public static class DnsBenchmark
{
    private const int EngineQueries = 2_000_000;
    private const int UdpQueries = 20_000;

    public static void Run()
    {
        byte[][] mix = { Query("mail.com", DnsType.A), Query("mail.com", DnsType.MX), Query("nobody.mail.com", DnsType.A) };
        Engine(mix);
        Udp(mix);
    }

    private static void Engine(byte[][] mix)
    {
        var model = new ApplianceModel(new SystemRandom());
        LabExample.Apply(model);
        Ipv4.TryParse("192.168.1.2", out uint address);
        model.Address = address;
        var responder = new DnsResponder(model, new DnsZones(model));
        var reply = new byte[DnsResponder.EdnsUdpLimit];
        for (int i = 0; i < 10_000; i++)
        {
            responder.Handle(mix[i % mix.Length], mix[i % mix.Length].Length, reply, false, 0xC0A80164 /* 192.168.1.100, a lab PC */);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < EngineQueries; i++)
        {
            byte[] query = mix[i % mix.Length];
            responder.Handle(query, query.Length, reply, false, 0xC0A80164 /* 192.168.1.100, a lab PC */);
        }
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"dns engine: {EngineQueries / clock.Elapsed.TotalSeconds:N0} queries/s, {(double)allocated / EngineQueries:F2} bytes allocated per query (A, MX, NXDOMAIN mix)");
    }

    private static void Udp(byte[][] mix)
    {
        string data = Directory.CreateTempSubdirectory("bench-dns-").FullName;
        int port = MemoryBenchmark.FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "MailAppliance.Emulator.dll"), "--data", data,
            "--smtp-port", MemoryBenchmark.FreePort().ToString(), "--pop3-port", MemoryBenchmark.FreePort().ToString(), "--imap-port", MemoryBenchmark.FreePort().ToString(), "--http-port", MemoryBenchmark.FreePort().ToString(), "--dns-port", port.ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        using var emulator = Process.Start(start)!;
        while (emulator.StandardOutput.ReadLine() is string line && line != "ready")
        {
        }
        using var client = new UdpClient();
        client.Connect(IPAddress.Loopback, port);
        client.Client.ReceiveTimeout = 2000;
        var from = new IPEndPoint(IPAddress.Any, 0);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < UdpQueries; i++)
        {
            byte[] query = mix[i % mix.Length];
            client.Send(query, query.Length);
            client.Receive(ref from);
        }
        clock.Stop();
        Console.WriteLine($"dns over UDP (emulator, loopback, one at a time): {UdpQueries / clock.Elapsed.TotalSeconds:N0} queries/s");
        MemoryBenchmark.kill(emulator.Id, 15);
        emulator.WaitForExit();
        Directory.Delete(data, true);
    }

    private static byte[] Query(string name, int type)
    {
        var bytes = new System.Collections.Generic.List<byte> { 0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0 };
        foreach (string label in name.Split('.'))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }
        bytes.AddRange(new byte[] { 0, 0, (byte)type, 0, 1 });
        return bytes.ToArray();
    }
}
