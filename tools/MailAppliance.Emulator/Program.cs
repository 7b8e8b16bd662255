using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Text;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Smtp;
using MailAppliance.Platform;
using MailAppliance.Platform.Network;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Emulator;

/// <summary>Starts the appliance's services on a PC and runs until Ctrl-C or SIGTERM.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = EmulatorOptions.Parse(args, out string error);
        if (options == null)
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine(EmulatorOptions.Usage);
            return 2;
        }
        if (options.Help)
        {
            Console.WriteLine(EmulatorOptions.Usage);
            return 0;
        }
        var memory = options.MemoryStats ? new MemorySampler() : null;
        memory?.Start();

        var model = new ApplianceModel();
        LabExample.Apply(model);
        options.Domains.ForEach(model.Domains.Add);
        if (options.Postmaster != null)
        {
            if (model.Users.Find(options.Postmaster) == null)
            {
                Console.Error.WriteLine($"error: --postmaster {options.Postmaster}: no such user");
                return 2;
            }
            model.Domains.PostmasterUser = options.Postmaster;
        }
        ApplyLimits(options, model.Limits);
        model.Address = Ipv4.Read((options.Address ?? options.Bind).GetAddressBytes(), 0);
        if (!ApplyDns(options, model.Dns) || !ApplyDhcp(options, model.Dhcp))
        {
            return 2;
        }

        FileMailStore store;
        try
        {
            store = new FileMailStore(options.DataFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot use {options.DataFolder} as the SD card: {e.Message}");
            return 2;
        }

        var trace = new ConsoleTrace(options.Trace);
        var clock = new SystemClock();
        var limiter = new SessionLimiter(model.Limits);
        var smtp = new TcpService("smtp", new IPEndPoint(options.Bind, options.SmtpPort),
            new SmtpSessionFactory(model, store, clock, trace), limiter, model.Limits, trace);
        var pop3 = new TcpService("pop3", new IPEndPoint(options.Bind, options.Pop3Port),
            new Pop3SessionFactory(model, store, trace), limiter, model.Limits, trace);
        if (!TryStart(smtp.Start, "SMTP", options.Bind, options.SmtpPort, "--smtp-port"))
        {
            return 2;
        }
        if (!TryStart(pop3.Start, "POP3", options.Bind, options.Pop3Port, "--pop3-port"))
        {
            smtp.Stop();
            return 2;
        }
        var zones = new DnsZones(model);
        var upstream = new UdpDnsForwarder(model.Dns);
        var dnsUdp = new UdpDnsService(new IPEndPoint(options.Bind, options.DnsPort), new DnsResponder(model, zones), upstream, trace);
        var dnsTcp = new TcpService("dns-tcp", new IPEndPoint(options.Bind, options.DnsPort),
            new DnsTcpSessionFactory(model, zones, upstream, trace), new SessionLimiter(model.Dns), model.Dns, trace);
        if (!TryStart(dnsUdp.Start, "DNS (UDP)", options.Bind, options.DnsPort, "--dns-port")
            || !TryStart(dnsTcp.Start, "DNS (TCP)", options.Bind, options.DnsPort, "--dns-port"))
        {
            smtp.Stop();
            pop3.Stop();
            return 2;
        }

        UdpDhcpService dhcp = null;
        if (options.DhcpInterface != null)
        {
            dhcp = StartDhcp(options, model, clock, trace);
            if (dhcp == null)
            {
                smtp.Stop();
                pop3.Stop();
                dnsUdp.Stop();
                dnsTcp.Stop();
                return 2;
            }
        }

        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Set();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Set();
        });

        PrintBanner(options, model);
        stop.Wait();
        smtp.Stop();
        pop3.Stop();
        dnsUdp.Stop();
        dnsTcp.Stop();
        dhcp?.Stop();
        if (memory != null)
        {
            Console.WriteLine(memory.Stop());
        }
        Console.WriteLine("stopped");
        return 0;
    }

    private static void ApplyLimits(EmulatorOptions options, MailLimits limits)
    {
        limits.MaxSessions = options.MaxSessions ?? limits.MaxSessions;
        limits.MaxMessageSize = options.MaxMessageSize ?? limits.MaxMessageSize;
        limits.IdleTimeoutSeconds = options.IdleTimeoutSeconds ?? limits.IdleTimeoutSeconds;
        limits.RequireAuth = options.RequireAuth;
    }

    private static bool ApplyDns(EmulatorOptions options, DnsSettings dns)
    {
        dns.LabDomain = options.LabDomain;
        if (options.DnsForwarder != null)
        {
            dns.Forwarder = Ipv4.Read(options.DnsForwarder.Address.GetAddressBytes(), 0);
            dns.ForwarderPort = options.DnsForwarder.Port;
        }
        foreach (string text in options.DnsRecords)
        {
            if (!DnsHostRecord.TryParse(text, out DnsHostRecord record, out string error))
            {
                Console.Error.WriteLine($"error: --dns-record \"{text}\": {error}");
                return false;
            }
            dns.AddRecord(record);
        }
        return true;
    }

    private static bool ApplyDhcp(EmulatorOptions options, DhcpSettings dhcp)
    {
        var pools = options.DhcpPools.Count > 0 ? options.DhcpPools : new System.Collections.Generic.List<string> { DhcpOptions.LabPool };
        var excluded = options.DhcpPools.Count > 0 || options.DhcpExcluded.Count > 0 ? options.DhcpExcluded : new System.Collections.Generic.List<string> { DhcpOptions.LabExcluded };
        foreach (string text in pools)
        {
            if (!DhcpOptions.TryParsePool(text, out DhcpPool pool, out string error))
            {
                Console.Error.WriteLine($"error: --dhcp-pool \"{text}\": {error}");
                return false;
            }
            dhcp.SetPool(pool);
        }
        foreach (string text in excluded)
        {
            if (!DhcpOptions.TryRange(text, out uint low, out uint high))
            {
                Console.Error.WriteLine($"error: --dhcp-exclude {text}: expected ADDRESS or FIRST-LAST");
                return false;
            }
            dhcp.Exclude(low, high);
        }
        foreach (string text in options.DhcpReservations)
        {
            if (!DhcpOptions.TryParseReservation(text, out DhcpReservation reservation))
            {
                Console.Error.WriteLine($"error: --dhcp-reserve {text}: expected aa:bb:cc:dd:ee:ff=ADDRESS");
                return false;
            }
            dhcp.Reserve(reservation);
        }
        return true;
    }

    private static UdpDhcpService StartDhcp(EmulatorOptions options, ApplianceModel model, IClock clock, ITrace trace)
    {
        Socket socket;
        try
        {
            socket = LinuxDhcpSocket.Open(options.DhcpInterface);
        }
        catch (SocketException e)
        {
            Console.Error.WriteLine($"error: cannot serve DHCP on {options.DhcpInterface}: {e.Message} (it needs root and an existing interface)");
            return null;
        }
        var leases = new DhcpLeases();
        var file = new LeaseFile(Path.Combine(options.DataFolder, "leases.txt"));
        var server = new DhcpServer(model, leases, clock, file);
        file.LoadInto(leases, server.Now());
        server.RegisterHostNames();
        var service = new UdpDhcpService(socket, server, trace);
        service.Start();
        return service;
    }

    private static bool TryStart(Action start, string protocol, IPAddress address, int port, string flag)
    {
        try
        {
            start();
            return true;
        }
        catch (SocketException e)
        {
            string why = e.SocketErrorCode switch
            {
                SocketError.AddressAlreadyInUse => "the port is already in use",
                SocketError.AccessDenied => "permission denied (ports below 1024 need root)",
                SocketError.AddressNotAvailable => "this machine has no such address",
                _ => e.Message,
            };
            Console.Error.WriteLine($"error: cannot listen for {protocol} on {address}:{port}: {why}; choose another with {flag}");
            return false;
        }
    }

    private static void PrintBanner(EmulatorOptions options, ApplianceModel model)
    {
        string host = options.Bind.ToString();
        Console.WriteLine($"""
            MailAppliance emulator
              SD card folder: {Path.GetFullPath(options.DataFolder)}
              configuration:  {LabExample.Description}; mail domains {string.Join(", ", model.Domains.All)}
              SMTP on {host}:{options.SmtpPort}, POP3 on {host}:{options.Pop3Port}, at most {model.Limits.MaxSessions} sessions at once
              DNS on {host}:{options.DnsPort} (UDP and TCP), answering for {string.Join(", ", model.Domains.All)} with {Ipv4.Format(model.Address)}
              DHCP {(options.DhcpInterface == null ? "off (--dhcp-interface NAME to serve)" : "on " + options.DhcpInterface + ", pools " + string.Join(", ", Array.ConvertAll(model.Dhcp.Pools, p => p.Name + " " + Ipv4.Format(p.Network) + "/" + p.PrefixLength)))}

            Send your first mail (client1 to client2):
              swaks --server {host}:{options.SmtpPort} --from client1@mail.com --to client2@mail.com
            Read it as client2 (type the commands after connecting):
              nc -C {host} {options.Pop3Port}
              USER client2, PASS <password>, LIST, RETR 1, DELE 1, QUIT
            Ask its DNS:
              dig @{host} -p {options.DnsPort} mail.com MX
            Ctrl-C stops the appliance.
            ready
            """);
    }
}
