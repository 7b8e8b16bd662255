using MailAppliance.Core.Dns;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Dns;

[TestClass]
public sealed class DnsNameTests
{
    [TestMethod]
    public void TextToWireAndBack()
    {
        byte[] wire = DnsName.FromText("Mail.COM.");
        CollectionAssert.AreEqual(new byte[] { 4, (byte)'m', (byte)'a', (byte)'i', (byte)'l', 3, (byte)'c', (byte)'o', (byte)'m', 0 }, wire);
        Assert.AreEqual("mail.com", DnsName.ToText(wire, wire.Length));
        CollectionAssert.AreEqual(new byte[] { 0 }, DnsName.FromText("."));
    }

    [TestMethod]
    public void InvalidNamesAreRefused()
    {
        Assert.IsNull(DnsName.FromText("a..b"));
        Assert.IsNull(DnsName.FromText(new string('x', 64) + ".com"));
        Assert.IsNull(DnsName.FromText(string.Join(".", System.Linq.Enumerable.Repeat("a", 130))), "over 255 bytes");
        Assert.IsNull(DnsName.FromText("sp ace.com"));
    }

    [TestMethod]
    public void SubdomainTestsFollowLabelBoundaries()
    {
        byte[] apex = DnsName.FromText("mail.com");
        byte[] below = DnsName.FromText("pc1.mail.com");
        byte[] lookalike = DnsName.FromText("gmail.com");
        Assert.IsTrue(DnsName.IsAtOrBelow(below, below.Length, apex));
        Assert.IsTrue(DnsName.IsAtOrBelow(apex, apex.Length, apex));
        Assert.IsFalse(DnsName.IsAtOrBelow(lookalike, lookalike.Length, apex));
    }
}
