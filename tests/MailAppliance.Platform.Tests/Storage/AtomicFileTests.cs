using System.IO;
using System.Text;
using MailAppliance.Platform.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Platform.Tests.Storage;

[TestClass]
public sealed class AtomicFileTests
{
    [TestMethod]
    public void ReplacesAndReadsBack()
    {
        string dir = Directory.CreateTempSubdirectory("atomic-").FullName;
        string path = Path.Combine(dir, "file");
        AtomicFile.Write(path, Encoding.ASCII.GetBytes("one"));
        AtomicFile.Write(path, Encoding.ASCII.GetBytes("two"));
        Assert.AreEqual("two", Encoding.ASCII.GetString(AtomicFile.Read(path)));
        Assert.IsFalse(File.Exists(path + ".new"));
        Directory.Delete(dir, true);
    }

    [TestMethod]
    public void LeaseFileHoldsTheSavedLeasesAndLoadsThemBack()
    {
        string dir = Directory.CreateTempSubdirectory("atomic-").FullName;
        string path = Path.Combine(dir, "leases.txt");
        var leases = new MailAppliance.Core.Dhcp.DhcpLeases();
        byte[] key = { 1, 2, 0, 0, 0, 0, 1 };
        leases.Set(0xC0A8010A, key, 0, key.Length, MailAppliance.Core.Dhcp.DhcpLeases.Bound, 1767225600);
        leases.SetHostName(0, Encoding.ASCII.GetBytes("pc0"), 0, 3);
        leases.Set(0xC0A8010B, key, 0, 1, MailAppliance.Core.Dhcp.DhcpLeases.Offered, 1767225600);
        new LeaseFile(path).Save(leases);
        Assert.AreEqual("bound 192.168.1.10 1767225600 01020000000001 pc0\n", File.ReadAllText(path), "offers are not saved");
        var again = new MailAppliance.Core.Dhcp.DhcpLeases();
        new LeaseFile(path).LoadInto(again, 1767225000);
        Assert.AreEqual(1, again.Count);
        Assert.AreEqual(0xC0A8010Au, again.Address(0));
        Directory.Delete(dir, true);
    }

    [TestMethod]
    public void PowerCutBetweenDeleteAndRenameKeepsTheNewCopy()
    {
        string dir = Directory.CreateTempSubdirectory("atomic-").FullName;
        string path = Path.Combine(dir, "file");
        File.WriteAllText(path + ".new", "fresh");
        Assert.AreEqual("fresh", Encoding.ASCII.GetString(AtomicFile.Read(path)));
        Assert.IsNull(AtomicFile.Read(Path.Combine(dir, "missing")));
        Directory.Delete(dir, true);
    }
}
