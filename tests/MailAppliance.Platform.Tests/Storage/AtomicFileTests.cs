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
    public void LeaseFileWritesOnlyTheLeasesOfItsBuffer()
    {
        string dir = Directory.CreateTempSubdirectory("atomic-").FullName;
        string path = Path.Combine(dir, "leases.txt");
        byte[] buffer = Encoding.ASCII.GetBytes("bound 192.168.1.10 1767225600 01020000000001 pc0\nspare room");
        new LeaseFile(path).Save(buffer, buffer.Length - "spare room".Length);
        Assert.AreEqual("bound 192.168.1.10 1767225600 01020000000001 pc0\n", File.ReadAllText(path));
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
