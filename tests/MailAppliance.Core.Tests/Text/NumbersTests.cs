using MailAppliance.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Text;

[TestClass]
public sealed class NumbersTests
{
    [TestMethod]
    [DataRow("0", 0L)]
    [DataRow("10485760", 10485760L)]
    [DataRow("999999999999999999", 999999999999999999L)]
    public void ParsesDecimals(string text, long expected)
    {
        Assert.IsTrue(Numbers.TryParse(text, out long value));
        Assert.AreEqual(expected, value);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("-1")]
    [DataRow("+1")]
    [DataRow(" 1")]
    [DataRow("1e3")]
    [DataRow("9999999999999999999")]
    public void RefusesAnythingElse(string text)
    {
        Assert.IsFalse(Numbers.TryParse(text, out _));
    }

    [TestMethod]
    public void HexRoundTrips()
    {
        Assert.AreEqual("0000002a", Numbers.ToHex(42, 8));
        Assert.IsTrue(Numbers.TryParseHex("0000002A", out long value));
        Assert.AreEqual(42, value);
        Assert.IsFalse(Numbers.TryParseHex("0000002g", out _));
    }
}
