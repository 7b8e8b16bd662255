using System;
using System.Collections.Generic;
using System.Text;
using MailAppliance.Benchmarks.OnNanoClr;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Tests.Portable;
using MailAppliance.Platform;

namespace MailAppliance.Benchmarks;

/// <summary>
/// Fuzzes every engine in this process, seeded, and prints counts: SMTP and POP3 sessions built
/// from real commands cut, repeated and sprinkled with random and control bytes; DNS queries and
/// DHCP messages with random bytes changed, cut or appended; random bytes typed at the console.
/// An exception out of an engine is our bug (ARCHITECTURE.md: a client's input is data); each is
/// counted by type and its first stack printed. Figures only: it judges nothing.
/// Usage: fuzz [seed] [scale] (scale 1: 2,000 sessions of each mail protocol, 20,000 packets of each).
/// </summary>
public static class FuzzBenchmark
{
    private static readonly string[] SmtpWords =
    {
        "EHLO pc0", "HELO x", "MAIL FROM:<client1@mail.com>", "MAIL FROM:<>", "RCPT TO:<client2@mail.com>", "RCPT TO:<x@example.org>",
        "DATA", "Subject: x", ".", "..", "RSET", "NOOP", "VRFY client1", "AUTH PLAIN", "AUTH PLAIN AGNsaWVudDEAYWRtaW4=",
        "AUTH LOGIN", "Y2xpZW50MQ==", "*", "MAIL FROM:<a@b> SIZE=99999999999", "BDAT 10", "QUIT", "",
    };

    private static readonly string[] Pop3Words =
    {
        "USER client1", "PASS admin", "PASS x", "STAT", "LIST", "LIST 1", "UIDL", "UIDL 9", "RETR 1", "TOP 1 0", "TOP 1 -1",
        "DELE 1", "RSET", "NOOP", "CAPA", "AUTH", "AUTH PLAIN", "AUTH PLAIN AGNsaWVudDEAYWRtaW4=", "*", "APOP a b", "QUIT", "",
    };

    public static void Run(int seed, int scale)
    {
        var random = new Random(seed);
        Console.WriteLine($"fuzz (seed {seed}, scale {scale}):");
        var failures = new Dictionary<string, int>();
        Mail(random, 2000 * scale, "smtp", SmtpWords, failures);
        Mail(random, 2000 * scale, "pop3", Pop3Words, failures);
        Dns(random, 20000 * scale, failures);
        Dhcp(random, 20000 * scale, failures);
        ConsoleBytes(random, 200 * scale, failures);
        Console.WriteLine(failures.Count == 0 ? "  exceptions out of an engine: none" : "  exceptions out of an engine:");
        foreach (var failure in failures)
        {
            Console.WriteLine($"    {failure.Value,6} x {failure.Key}");
        }
    }

    private static void Mail(Random random, int sessions, string protocol, string[] words, Dictionary<string, int> failures)
    {
        var model = Lab();
        var store = new StreamingStore(3000);
        long bytesIn = 0;
        long bytesOut = 0;
        int closedByServer = 0;
        for (int s = 0; s < sessions; s++)
        {
            var output = new CountingSocket();
            ISession session = protocol == "smtp"
                ? new SmtpSession(model, store, new Clock(), NoTrace.Instance, output, "192.168.1." + (s % 200), "smtp")
                : new Pop3Session(model, store, new Clock(), NoTrace.Instance, output, "192.168.1." + (s % 200), "pop3");
            byte[] input = Script(random, words);
            bytesIn += input.Length;
            Guard(failures, protocol, () =>
            {
                session.Start();
                for (int at = 0; at < input.Length && !session.IsClosed;)
                {
                    int n = Math.Min(input.Length - at, 1 + random.Next(64));
                    session.Receive(input, at, n);
                    at += n;
                }
                if (session.IsClosed)
                {
                    closedByServer++;
                }
                else
                {
                    session.Disconnected();
                }
            });
            bytesOut += output.Sent;
        }
        Console.WriteLine($"  {protocol}: {sessions:N0} sessions, {bytesIn:N0} bytes in, {bytesOut:N0} bytes out, {closedByServer:N0} closed by the server, {store.Delivered:N0} bytes delivered");
    }

    // Real commands, some cut short, repeated or joined by bare CR/LF, with random bytes between.
    private static byte[] Script(Random random, string[] words)
    {
        var text = new List<byte>();
        int commands = 1 + random.Next(40);
        for (int i = 0; i < commands; i++)
        {
            byte[] word = Encoding.Latin1.GetBytes(words[random.Next(words.Length)]);
            int keep = random.Next(8) == 0 ? random.Next(word.Length + 1) : word.Length;
            for (int b = 0; b < keep; b++)
            {
                text.Add(word[b]);
            }
            switch (random.Next(10))
            {
                case 0:
                    for (int r = random.Next(600); r > 0; r--)
                    {
                        text.Add((byte)random.Next(256));
                    }
                    break;
                case 1:
                    text.Add((byte)'\n');
                    continue;
                case 2:
                    text.Add((byte)random.Next(32));
                    break;
            }
            text.Add((byte)'\r');
            text.Add((byte)'\n');
        }
        return text.ToArray();
    }

    private static void Dns(Random random, int packets, Dictionary<string, int> failures)
    {
        var model = Lab();
        model.Dns.Forwarder = 0x08080808;
        var responder = new DnsResponder(model, new DnsZones(model));
        byte[][] seeds =
        {
            DnsQuery.Build("mail.com", DnsType.A), DnsQuery.Build("mail.com", DnsType.MX, 0x1234, true, 1232, 0, 1),
            DnsQuery.Build("example.org", DnsType.ANY, 0x1234, true, 1232, 0, 1), DnsQuery.Build("2.1.168.192.in-addr.arpa", DnsType.PTR, 0x1234, true, 1232, 0, 1),
        };
        var reply = new byte[DnsResponder.EdnsUdpLimit];
        int answered = 0;
        int silent = 0;
        int forwarded = 0;
        for (int i = 0; i < packets; i++)
        {
            byte[] packet = Mutate(random, seeds[random.Next(seeds.Length)]);
            Guard(failures, "dns", () =>
            {
                int n = responder.Handle(packet, packet.Length, reply, random.Next(2) == 0, random.Next(2) == 0 ? 0xC0A80164u : 0x0A000001u);
                answered += n > 0 ? 1 : 0;
                silent += n == 0 ? 1 : 0;
                forwarded += n == DnsResponder.Forward ? 1 : 0;
            });
        }
        Console.WriteLine($"  dns: {packets:N0} packets, {answered:N0} answered, {forwarded:N0} for the forwarder, {silent:N0} left unanswered");
    }

    private static void Dhcp(Random random, int frames, Dictionary<string, int> failures)
    {
        var model = Lab();
        LabExample.ApplyDhcp(model.Dhcp, true);
        var server = new DhcpServer(model, new DhcpLeases(), new Clock(), new NoLeaseStore());
        var reply = new byte[1500];
        int answered = 0;
        for (int i = 0; i < frames; i++)
        {
            byte[] frame = Mutate(random, Discover(random));
            Guard(failures, "dhcp", () => answered += server.Handle(frame, frame.Length, reply, out _, out _) > 0 ? 1 : 0);
        }
        Console.WriteLine($"  dhcp: {frames:N0} frames, {answered:N0} answered");
    }

    private static void ConsoleBytes(Random random, int sessions, Dictionary<string, int> failures)
    {
        long typed = 0;
        for (int s = 0; s < sessions; s++)
        {
            var parts = new ApplianceParts(System.IO.Path.GetTempPath(), _ => new BenchHost());
            var screen = new CountingTerminal();
            var session = new ConsoleSession(parts.Cli, screen, true);
            var keys = new byte[1 + random.Next(4000)];
            random.NextBytes(keys);
            typed += keys.Length;
            Guard(failures, "console", () =>
            {
                session.Start();
                session.Receive(keys, 0, keys.Length);
            });
        }
        Console.WriteLine($"  console: {sessions:N0} sessions, {typed:N0} random keys typed");
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var packet = new List<byte>(seed);
        for (int m = random.Next(1, 6); m > 0; m--)
        {
            switch (random.Next(4))
            {
                case 0 when packet.Count > 0:
                    packet[random.Next(packet.Count)] = (byte)random.Next(256);
                    break;
                case 1 when packet.Count > 0:
                    packet.RemoveRange(random.Next(packet.Count), packet.Count - random.Next(packet.Count) > 0 ? 1 : 0);
                    break;
                case 2:
                    packet.Add((byte)random.Next(256));
                    break;
                default:
                    if (packet.Count > 0)
                    {
                        packet.RemoveRange(random.Next(packet.Count), 1);
                    }
                    break;
            }
        }
        return packet.ToArray();
    }

    // A DISCOVER, REQUEST or other type from a made-up MAC, naming itself and asking for an address.
    private static byte[] Discover(Random random)
    {
        var mac = new byte[6];
        random.NextBytes(mac);
        mac[0] = 0x02;
        return new DhcpMessage
        {
            Type = 1 + random.Next(8),
            Xid = (uint)random.Next(),
            Mac = mac,
            HostName = "pc" + random.Next(10),
            RequestedAddress = 0xC0A80100u + (uint)random.Next(256),
        }.Build();
    }

    private static ApplianceModel Lab()
    {
        var model = new ApplianceModel(new SystemRandom()) { Address = 0xC0A80102 };
        LabExample.Apply(model);
        model.Limits.AuthFailureDelayMilliseconds = 0;
        return model;
    }

    private static void Guard(Dictionary<string, int> failures, string engine, Action run)
    {
        try
        {
            run();
        }
        catch (Exception e)
        {
            string key = engine + ": " + e.GetType().Name + ": " + e.Message;
            if (!failures.ContainsKey(key))
            {
                Console.WriteLine($"  first {key}\n{e.StackTrace}");
                failures[key] = 0;
            }
            failures[key]++;
        }
    }

    private sealed class Clock : IClock
    {
        public DateTime UtcNow => DateTime.UtcNow;
    }

    private sealed class NoLeaseStore : ILeaseStore
    {
        public void Save(DhcpLeases leases)
        {
        }
    }

    private sealed class NoTrace : ITrace
    {
        public static readonly NoTrace Instance = new();

        public bool IsTracing(string protocol) => false;

        public void Write(string session, string line)
        {
        }
    }
}
