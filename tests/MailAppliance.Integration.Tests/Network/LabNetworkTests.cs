using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Network;

/// <summary>
/// DHCP and DNS with real clients in network namespaces the test builds (Network/labnet.sh):
/// busybox udhcpc and ISC dhclient on the appliance's segment, and a department PC behind a
/// router running isc-dhcp-relay. Needs root, as CI has. Nothing leaves the namespaces.
/// </summary>
[TestClass]
public sealed class LabNetworkTests
{
    private static readonly string Prefix = "ma" + Environment.ProcessId;
    private static readonly string Scripts = Path.Combine(AppContext.BaseDirectory, "Network");
    private static string _data;
    private static EmulatorProcess _appliance;
    private static readonly List<Process> Background = new();

    [ClassInitialize]
    public static void BuildTheLab(TestContext context)
    {
        Assert.AreEqual("0", ProgramRunner.Run("id", "-u").Output.Trim(), "the network tests need root (tests/run-all.sh runs as root in CI)");
        var (exit, output) = ProgramRunner.Run("bash", Path.Combine(Scripts, "labnet.sh"), "up", Prefix);
        Assert.AreEqual(0, exit, output);
        _data = Directory.CreateTempSubdirectory("appliance-lab-").FullName;
        _appliance = StartAppliance();
    }

    [ClassCleanup]
    public static void TearDownTheLab()
    {
        foreach (Process process in Background)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }
        }
        KillDhclients();
        try
        {
            _appliance?.Stop();
        }
        finally
        {
            // The namespaces go even when the appliance did not stop cleanly.
            _appliance?.Dispose();
            ProgramRunner.Run("bash", Path.Combine(Scripts, "labnet.sh"), "down", Prefix);
        }
    }

    private static EmulatorProcess StartAppliance() => EmulatorProcess.StartIn(Prefix + "-app", _data,
        "--bind", "192.168.1.2", "--address", "192.168.1.2", "--dns-port", "53", "--dhcp-interface", "eth0",
        "--dhcp-pool", "name=lab network=192.168.1.0/24 router=192.168.1.1", "--dhcp-exclude", "192.168.1.1-192.168.1.9",
        "--dhcp-pool", "name=backend network=192.168.2.0/24 range=192.168.2.100-192.168.2.150 router=192.168.2.1 domain=mt.com");

    private static string Ns(string name) => Prefix + "-" + name;

    /// <summary>udhcpc once: DISCOVER, REQUEST, then exit; returns its event lines.</summary>
    private static string[] UdhcpcOnce(string ns, string hostName, params string[] extra)
    {
        var args = new List<string> { "netns", "exec", Ns(ns), "busybox", "udhcpc", "-i", "eth0", "-f", "-q", "-n", "-t", "5", "-T", "2",
            "-s", Path.Combine(Scripts, "udhcpc-event.sh"), "-x", "hostname:" + hostName };
        args.AddRange(extra);
        var (exit, output) = ProgramRunner.Run("ip", args.ToArray());
        Assert.AreEqual(0, exit, output);
        return output.Split('\n').Where(l => l.StartsWith("udhcpc ")).ToArray();
    }

    private static Dictionary<string, string> Fields(string line) =>
        line.Split(' ').Skip(2).Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1]);

    private static string Dig(string ns, string name, string type = "A") =>
        ProgramRunner.Run("ip", "netns", "exec", Ns(ns), "dig", "@192.168.1.2", "+time=5", "+tries=1", "+short", name, type).Output.Trim();

    private static void KillDhclients()
    {
        foreach (string pidFile in Directory.GetFiles(Path.GetTempPath(), Prefix + "-dhclient-*.pid"))
        {
            if (int.TryParse(File.ReadAllText(pidFile).Trim(), out int pid))
            {
                try
                {
                    Process.GetProcessById(pid).Kill();
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
            File.Delete(pidFile);
        }
    }

    [TestMethod]
    public void TwoClientsOnTheSegmentGetDistinctAddressesAndTheLabOptions()
    {
        string[] udhcpc = UdhcpcOnce("c1", "pc1");
        var bound = Fields(udhcpc.Single(l => l.StartsWith("udhcpc bound")));
        StringAssert.StartsWith(bound["ip"], "192.168.1.");
        Assert.AreEqual("255.255.255.0", bound["subnet"]);
        Assert.AreEqual("192.168.1.1", bound["router"]);
        Assert.AreEqual("192.168.1.2", bound["dns"]);
        Assert.AreEqual("mail.com", bound["domain"]);

        string events = Path.Combine(Path.GetTempPath(), Prefix + "-dhclient-c2.events");
        string config = Path.Combine(Path.GetTempPath(), Prefix + "-dhclient-c2.conf");
        File.WriteAllText(config, "send host-name \"pc2\";\nrequest subnet-mask, routers, domain-name-servers, domain-name;\n");
        var (exit, output) = ProgramRunner.Run("ip", "netns", "exec", Ns("c2"), "dhclient", "-4", "-1", "-v", "-cf", config,
            "-sf", Path.Combine(Scripts, "dhclient-event.sh"), "-e", "EVENTS=" + events,
            "-lf", Path.Combine(Path.GetTempPath(), Prefix + "-dhclient-c2.leases"), "-pf", Path.Combine(Path.GetTempPath(), Prefix + "-dhclient-c2.pid"), "eth0");
        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "DHCPACK of ");
        var dhclient = Fields(File.ReadAllLines(events).Last(l => l.StartsWith("dhclient BOUND")));
        StringAssert.StartsWith(dhclient["ip"], "192.168.1.");
        Assert.AreNotEqual(bound["ip"], dhclient["ip"], "distinct addresses");
        Assert.AreEqual("192.168.1.1", dhclient["router"]);
        Assert.AreEqual("192.168.1.2", dhclient["dns"]);
        Assert.AreEqual("mail.com", dhclient["domain"]);

        // Each client resolves the other's host name through the appliance.
        Assert.AreEqual(dhclient["ip"], Dig("c1", "pc2.mail.com"));
        Assert.AreEqual(bound["ip"], Dig("c2", "pc1.mail.com"));
    }

    [TestMethod]
    public void RenewKeepsTheAddressAndReleaseFreesIt()
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "netns", "exec", Ns("c1"), "busybox", "udhcpc", "-i", "eth0", "-f", "-t", "5", "-T", "2",
            "-s", Path.Combine(Scripts, "udhcpc-event.sh"), "-x", "hostname:renewer" })
        {
            start.ArgumentList.Add(arg);
        }
        var udhcpc = Process.Start(start)!;
        Background.Add(udhcpc);
        var bound = Fields(ReadUntil(udhcpc, "udhcpc bound"));
        Assert.AreEqual(bound["ip"], Dig("r", "renewer.mail.com"));

        ProgramRunner.Run("kill", "-USR1", udhcpc.Id.ToString());
        var renewed = Fields(ReadUntil(udhcpc, "udhcpc renew"));
        Assert.AreEqual(bound["ip"], renewed["ip"], "a renewal keeps the address");

        ProgramRunner.Run("kill", "-USR2", udhcpc.Id.ToString());
        ReadUntil(udhcpc, "udhcpc deconfig");
        udhcpc.Kill();
        udhcpc.WaitForExit();

        // The RELEASE reached the server's socket before this DISCOVER was sent, and is handled
        // first. A client identifier of its own makes the taker a client with no lease yet.
        string[] other = UdhcpcOnce("c2", "taker", "-r", bound["ip"], "-x", "0x3d:ff74616b6572");
        Assert.AreEqual(bound["ip"], Fields(other.Single(l => l.StartsWith("udhcpc bound")))["ip"], "the released address is free again");
        Assert.AreEqual("", Dig("r", "renewer.mail.com"), "the released client's name is gone");
    }

    [TestMethod]
    public void RestartKeepsTheLeases()
    {
        string first = Fields(UdhcpcOnce("c1", "keeper").Single(l => l.StartsWith("udhcpc bound")))["ip"];
        _appliance.Stop();
        _appliance.Dispose();
        _appliance = StartAppliance();
        StringAssert.Contains(File.ReadAllText(Path.Combine(_data, "leases.txt")), first + " ");
        string second = Fields(UdhcpcOnce("c2", "newcomer", "-r", first, "-x", "0x3d:ff6e6577636f6d6572").Single(l => l.StartsWith("udhcpc bound")))["ip"];
        Assert.AreNotEqual(first, second, "a live lease is not handed to another client after a restart");
        Assert.AreEqual(first, Dig("c2", "keeper.mail.com"), "the host name is back in DNS after the restart");
    }

    [TestMethod]
    public void DepartmentPcBehindTheRouterGetsItsPoolThroughTheRelay()
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "netns", "exec", Ns("r"), "dhcrelay", "-4", "-d", "--no-pid", "-id", "eth1", "-iu", "eth0", "192.168.1.2" })
        {
            start.ArgumentList.Add(arg);
        }
        var relay = Process.Start(start)!;
        Background.Add(relay);
        ReadUntil(relay, "Sending on", fromError: true);

        string[] events = UdhcpcOnce("d", "deptpc");
        var bound = Fields(events.Single(l => l.StartsWith("udhcpc bound")));
        StringAssert.StartsWith(bound["ip"], "192.168.2.1");
        Assert.AreEqual("192.168.2.1", bound["router"]);
        Assert.AreEqual("192.168.1.2", bound["dns"]);
        Assert.AreEqual("mt.com", bound["domain"]);
        // The department PC resolves its own host name through the appliance, across the router,
        // in its pool's domain (domain-name mt.com), not the lab's.
        Assert.AreEqual(bound["ip"], Dig("d", "deptpc.mt.com"));
        Assert.AreEqual("", Dig("d", "deptpc.mail.com"));
    }

    private static string ReadUntil(Process process, string prefix, bool fromError = false)
    {
        var reader = fromError ? process.StandardError : process.StandardOutput;
        var seen = new List<string>();
        var read = reader.ReadLineAsync();
        while (read.Wait(TimeSpan.FromSeconds(30)) && read.Result != null)
        {
            seen.Add(read.Result);
            if (read.Result.StartsWith(prefix))
            {
                return read.Result;
            }
            read = reader.ReadLineAsync();
        }
        Assert.Fail($"no line starting \"{prefix}\"; saw:\n{string.Join("\n", seen)}");
        return null;
    }
}
