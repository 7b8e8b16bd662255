using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Text;
using MailAppliance.Platform;
using MailAppliance.Platform.Network;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Emulator;

/// <summary>
/// One life of the appliance on a PC: the model from the startup-config (or the lab example),
/// the emulator's flags on top, every service, the console. Ends on Ctrl-C/SIGTERM, or on
/// <c>reload</c>, after which <see cref="Program"/> starts a new life from the saved configuration.
/// </summary>
public sealed class EmulatedAppliance
{
    public const int Reloaded = -1;

    private readonly EmulatorOptions _options;
    private readonly ConsoleStreamService _console;
    private readonly bool _echo;
    private readonly ManualResetEventSlim _stop = new();
    private DhcpServer _dhcp;
    private bool _reload;

    public EmulatedAppliance(EmulatorOptions options, ConsoleStreamService console, bool echo)
    {
        _options = options;
        _console = console;
        _echo = echo;
    }

    public int Run()
    {
        var options = _options;
        var memory = options.MemoryStats ? new MemorySampler() : null;
        memory?.Start();
        string flash = options.FlashFolder ?? options.DataFolder;
        var configFile = new StartupConfigFile(Path.Combine(flash, "startup-config"));
        var parts = new ApplianceParts(options.DataFolder,
            p => new EmulatorHost(configFile, p.Store, p.Model, options.Bind.ToString(), RequestReload),
            options.BoardClock ? new PowerOnClock() : new SystemClock());
        ApplianceModel model = parts.Model;
        ApplianceClock clock = parts.Clock;
        TraceRouter trace = parts.Trace;
        CardMailStore store = parts.Store;
        CliEngine cli = parts.Cli;
        // Like the board: no usable card is no reason to stop; mail waits, DNS and DHCP serve.
        if (!store.TryOpen())
        {
            Console.WriteLine($"SD card {store.Problem} ({options.DataFolder}): DNS and DHCP run, mail answers 452 / -ERR until it can be used");
        }
        trace.SetAll(options.Trace);
        var session = new ConsoleSession(cli, _console, _echo);

        string startup = configFile.Load();
        string configuration;
        if (startup == null)
        {
            LabExample.Apply(model);
            configuration = "no startup-config yet, so the " + LabExample.Description;
        }
        else
        {
            int failed = cli.Load(startup, new StandardError());
            configuration = (options.FlashFolder == null ? "startup-config from the data folder" : "startup-config from the flash folder") + (failed > 0 ? $" ({failed} line(s) skipped, see above)" : "");
        }
        model.Address = Ipv4.Read((options.Address ?? options.Bind).GetAddressBytes(), 0);
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
        if (!ApplyDns(options, model.Dns) || !ApplyDhcp(options, model.Dhcp))
        {
            return 2;
        }

        ApplianceServices services = parts.Services(options.Bind, options.SmtpPort, options.Pop3Port, options.ImapPort, options.HttpPort, options.DnsPort, options.NtpPort);
        var started = new System.Collections.Generic.List<Action>();
        bool ok = TryStart(services.Smtp.Start, "SMTP", options.Bind, options.SmtpPort, "--smtp-port") && Started(started, services.Smtp.Stop)
            && TryStart(services.Pop3.Start, "POP3", options.Bind, options.Pop3Port, "--pop3-port") && Started(started, services.Pop3.Stop)
            && TryStart(services.Imap.Start, "IMAP", options.Bind, options.ImapPort, "--imap-port") && Started(started, services.Imap.Stop)
            && TryStart(services.Http.Start, "HTTP", options.Bind, options.HttpPort, "--http-port") && Started(started, services.Http.Stop)
            && TryStart(services.DnsUdp.Start, "DNS (UDP)", options.Bind, options.DnsPort, "--dns-port") && Started(started, services.DnsUdp.Stop)
            && TryStart(services.DnsTcp.Start, "DNS (TCP)", options.Bind, options.DnsPort, "--dns-port") && Started(started, services.DnsTcp.Stop);
        UdpDhcpService dhcp = null;
        if (ok && options.DhcpInterface != null)
        {
            dhcp = StartDhcp(model, clock, trace, flash);
            ok = dhcp != null && Started(started, dhcp.Stop);
            cli.Dhcp = _dhcp;
        }
        if (!ok)
        {
            started.ForEach(stop => stop());
            return 2;
        }
        // The NTP client only asks once "ntp server" is configured; it opens no port of its own.
        services.Ntp.Start();
        started.Add(services.Ntp.Stop);

        Console.CancelKeyPress += OnCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _stop.Set();
        });
        PrintBanner(options, model, store, configuration);
        trace.Sink = _console;
        model.Log.Listener = _console;
        _console.Attach(session);
        using var cardWatch = new Timer(_ => MountWhenUsable(store, model.Log), null, CardRetryMilliseconds, CardRetryMilliseconds);
        _stop.Wait();
        Console.CancelKeyPress -= OnCancel;
        model.Log.Listener = null;
        trace.Sink = null;
        started.ForEach(stop => stop());
        // The console's prompt may be the last thing on the terminal: start a fresh line.
        Console.WriteLine();
        if (memory != null)
        {
            Console.WriteLine(memory.Stop());
        }
        Console.WriteLine(_reload ? "reloading" : "stopped");
        return _reload ? Reloaded : 0;
    }

    // The board polls its slot too (cards without a detect switch say nothing when inserted).
    private const int CardRetryMilliseconds = 1000;

    private static void MountWhenUsable(CardMailStore store, EventLog log)
    {
        if (!store.IsAvailable && store.TryOpen())
        {
            log.Add("SD card mounted: mail is served again");
        }
    }

    private void OnCancel(object sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _stop.Set();
    }

    /// <summary>Stops the appliance (Ctrl-\ on a raw terminal).</summary>
    public void Stop() => _stop.Set();

    private void RequestReload()
    {
        _reload = true;
        _stop.Set();
    }

    private static bool Started(System.Collections.Generic.List<Action> started, Action stop)
    {
        started.Add(stop);
        return true;
    }

    // Start-up messages (a skipped startup-config line) go to standard error.
    private sealed class StandardError : ICliOutput
    {
        public void Write(string text) => Console.Error.Write(text);
    }

    private static void ApplyLimits(EmulatorOptions options, MailLimits limits)
    {
        limits.MaxSessions = options.MaxSessions ?? limits.MaxSessions;
        limits.MaxMessageSize = options.MaxMessageSize ?? limits.MaxMessageSize;
        limits.IdleTimeoutSeconds = options.IdleTimeoutSeconds ?? limits.IdleTimeoutSeconds;
        limits.ImapIdleTimeoutSeconds = options.ImapIdleTimeoutSeconds ?? limits.ImapIdleTimeoutSeconds;
        limits.CommandTimeoutSeconds = options.CommandTimeoutSeconds ?? limits.CommandTimeoutSeconds;
        limits.SendTimeoutSeconds = options.SendTimeoutSeconds ?? limits.SendTimeoutSeconds;
        limits.MaxSessionsPerAddress = options.MaxSessionsPerAddress ?? limits.MaxSessionsPerAddress;
        limits.RequireAuth |= options.RequireAuth;
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
            if (!DnsHostRecordText.TryParse(text, out DnsHostRecord record, out string error))
            {
                Console.Error.WriteLine($"error: --dns-record \"{text}\": {error}");
                return false;
            }
            dns.AddRecord(record);
        }
        return true;
    }

    // Flags add to what the startup-config set up; with neither, the lab plan's pool is used.
    private static bool ApplyDhcp(EmulatorOptions options, DhcpSettings dhcp)
    {
        if (options.DhcpPools.Count == 0 && dhcp.Pools.Length == 0)
        {
            LabExample.ApplyDhcp(dhcp, excludeServers: options.DhcpExcluded.Count == 0);
        }
        foreach (string text in options.DhcpPools)
        {
            if (!DhcpOptions.TryParsePool(text, out DhcpPool pool, out string error))
            {
                Console.Error.WriteLine($"error: --dhcp-pool \"{text}\": {error}");
                return false;
            }
            dhcp.SetPool(pool);
        }
        foreach (string text in options.DhcpExcluded)
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

    private UdpDhcpService StartDhcp(ApplianceModel model, IClock clock, ITrace trace, string flash)
    {
        Socket socket;
        try
        {
            socket = LinuxDhcpSocket.Open(_options.DhcpInterface);
        }
        catch (SocketException e)
        {
            Console.Error.WriteLine($"error: cannot serve DHCP on {_options.DhcpInterface}: {e.Message} (it needs root and an existing interface)");
            return null;
        }
        return UdpDhcpService.Start(socket, model, clock, trace, Path.Combine(flash, "leases.txt"), out _dhcp);
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

    private void PrintBanner(EmulatorOptions options, ApplianceModel model, CardMailStore store, string configuration)
    {
        string host = options.Bind.ToString();
        Console.WriteLine($"""
            MailAppliance emulator
              SD card folder: {Path.GetFullPath(options.DataFolder)}{(store.IsAvailable ? "" : " (missing: retried every second)")}
              configuration:  {configuration}; mail domains {string.Join(", ", model.Domains.All)}
              SMTP on {host}:{options.SmtpPort}, POP3 on {host}:{options.Pop3Port}, IMAP on {host}:{options.ImapPort}, HTTP on {host}:{options.HttpPort} (sites in www/ of the card folder), at most {model.Limits.MaxSessions} sessions at once
              DNS on {host}:{options.DnsPort} (UDP and TCP), answering for {string.Join(", ", model.Domains.All)} with {Ipv4.Format(model.Address)}
              DHCP {(options.DhcpInterface == null ? "off (--dhcp-interface NAME to serve)" : "on " + options.DhcpInterface + ", pools " + string.Join(", ", Array.ConvertAll(model.Dhcp.Pools, p => p.Name + " " + Ipv4.Format(p.Network) + "/" + p.PrefixLength)))}

            Send your first mail (client1 to client2):
              swaks --server {host}:{options.SmtpPort} --from client1@mail.com --to client2@mail.com
            Read it as client2 (type the commands after connecting):
              nc -C {host} {options.Pop3Port}
              USER client2, PASS <password>, LIST, RETR 1, DELE 1, QUIT
            Or with an IMAP client (Thunderbird: IMAP server {host}, port {options.ImapPort}, no encryption):
              curl --user client2:<password> imap://{host}:{options.ImapPort}/INBOX;UID=1
            Ask its DNS:
              dig @{host} -p {options.DnsPort} mail.com MX
            Console: {(options.Serial == null ? "this terminal" : options.Serial)} (IOS style: show running-config, configure terminal, ...).
            {(_echo && options.Serial == null ? "Ctrl-\\ stops the appliance (Ctrl-C aborts a line, as on IOS)." : "Ctrl-C stops the appliance.")}
            ready
            """);
    }
}
