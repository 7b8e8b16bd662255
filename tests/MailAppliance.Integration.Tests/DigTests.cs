using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>The DNS responder as dig sees it, over UDP and TCP, with and without EDNS.</summary>
[TestClass]
public sealed class DigTests
{
    private static EmulatorProcess _emulator;

    [ClassInitialize]
    public static void StartAppliance(TestContext context)
    {
        _emulator = EmulatorProcess.Start(null, "--address", "192.168.1.2", "--domain", "mt.com",
            "--dns-record", "www.mastertech.com A 192.168.1.10", "--dns-record", "mastertech.com MX 10 mail.mt.com");
    }

    [ClassCleanup]
    public static void StopAppliance()
    {
        _emulator.Stop();
        _emulator.Dispose();
    }

    private static string Dig(EmulatorProcess emulator, params string[] args)
    {
        var all = new[] { "@" + emulator.Host, "-p", emulator.DnsPort.ToString(), "+time=5", "+tries=1" }.Concat(args).ToArray();
        var (exit, output) = ProgramRunner.Run("dig", all);
        Assert.AreEqual(0, exit, output);
        return output;
    }

    [TestMethod]
    public void MailDomainAddressOverUdp()
    {
        Assert.AreEqual("192.168.1.2\n", Dig(_emulator, "mail.com", "A", "+short"));
        string full = Dig(_emulator, "mail.com", "A");
        StringAssert.Contains(full, "status: NOERROR");
        StringAssert.Contains(full, "flags: qr aa rd;");
    }

    [TestMethod]
    public void MxOfEachMailDomain()
    {
        Assert.AreEqual("10 mail.com.\n", Dig(_emulator, "mail.com", "MX", "+short"));
        Assert.AreEqual("10 mt.com.\n", Dig(_emulator, "mt.com", "MX", "+short"));
        Assert.AreEqual("10 mail.mt.com.\n", Dig(_emulator, "mastertech.com", "MX", "+short"));
    }

    [TestMethod]
    public void OverTcp()
    {
        string output = Dig(_emulator, "+tcp", "www.mastertech.com", "A");
        StringAssert.Contains(output, "status: NOERROR");
        StringAssert.Contains(output, "www.mastertech.com.\t300\tIN\tA\t192.168.1.10");
        StringAssert.Contains(output, "(TCP)");
    }

    [TestMethod]
    public void NoRecursionQueryIsAnsweredWithAuthority()
    {
        string output = Dig(_emulator, "+norec", "mail.com", "A");
        StringAssert.Contains(output, "flags: qr aa;");
    }

    [TestMethod]
    public void EdnsOnAndOff()
    {
        StringAssert.Contains(Dig(_emulator, "+edns=0", "mail.com"), "; EDNS: version: 0, flags:; udp: 1232");
        Assert.IsFalse(Dig(_emulator, "+noedns", "mail.com").Contains("EDNS"));
    }

    [TestMethod]
    public void ReverseLookups()
    {
        Assert.AreEqual("mail.com.\n", Dig(_emulator, "-x", "192.168.1.2", "+short"));
        Assert.AreEqual("www.mastertech.com.\n", Dig(_emulator, "-x", "192.168.1.10", "+short"));
    }

    [TestMethod]
    public void UnknownNameIsNxdomainWithSoa()
    {
        string output = Dig(_emulator, "nobody.mail.com", "A");
        StringAssert.Contains(output, "status: NXDOMAIN");
        StringAssert.Contains(output, "mail.com.\t\t300\tIN\tSOA\tmail.com. postmaster.mail.com.");
    }

    [TestMethod]
    public void OutsideNamesAreRefused()
    {
        StringAssert.Contains(Dig(_emulator, "example.org", "A"), "status: REFUSED");
    }

    [TestMethod]
    public void ForwarderAnswersOutsideNames()
    {
        using var upstream = EmulatorProcess.Start(null, "--address", "10.9.8.7", "--domain", "example.org");
        using var appliance = EmulatorProcess.Start(null, "--dns-forwarder", $"127.0.0.1:{upstream.DnsPort}");
        Assert.AreEqual("10.9.8.7\n", Dig(appliance, "example.org", "A", "+short"));
        Assert.AreEqual("10.9.8.7\n", Dig(appliance, "+tcp", "example.org", "A", "+short"));
        StringAssert.Contains(Dig(appliance, "mail.com", "A"), "status: NOERROR");
        upstream.Stop();
        StringAssert.Contains(Dig(appliance, "example.org", "A"), "status: SERVFAIL");
        appliance.Stop();
    }

    [TestMethod]
    public void ForwarderIsNoOpenResolver()
    {
        // 127.0.1.5 stands for a host beyond the lab: outside the appliance's /24 (127.0.0.0)
        // and every DHCP pool.
        using var upstream = EmulatorProcess.Start(null, "--address", "10.9.8.7", "--domain", "example.org");
        using var appliance = EmulatorProcess.Start(null, "--dns-forwarder", $"127.0.0.1:{upstream.DnsPort}");
        string outsider = Dig(appliance, "-b", "127.0.1.5", "example.org", "A");
        StringAssert.Contains(outsider, "status: REFUSED");
        StringAssert.Contains(outsider, "flags: qr rd;", "no RA for an outsider");
        StringAssert.Contains(Dig(appliance, "-b", "127.0.1.5", "+tcp", "example.org", "A"), "status: REFUSED");
        StringAssert.Contains(Dig(appliance, "+norecurse", "example.org", "A"), "status: REFUSED");
        StringAssert.Contains(Dig(appliance, "example.org", "A"), "status: NOERROR");
        StringAssert.Contains(Dig(appliance, "mail.com", "A"), "flags: qr aa rd ra;", "recursion offered to the lab");
        upstream.Stop();
        appliance.Stop();
    }

    [TestMethod]
    public void AnyIsAnsweredWithOneRrset()
    {
        string any = Dig(_emulator, "mail.com", "ANY");
        StringAssert.Contains(any, "ANSWER: 1,");
    }
}
