using System.Text;
using MailAppliance.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Text;

[TestClass]
public sealed class LineReaderTests
{
    [TestMethod]
    public void LineSplitAcrossFeedsIsJoined()
    {
        var reader = new LineReader(10);
        byte[] a = Encoding.ASCII.GetBytes("NO");
        byte[] b = Encoding.ASCII.GetBytes("OP\r\nQUIT\r\n");
        Assert.IsFalse(reader.Feed(a, 0, a.Length, out int used));
        Assert.AreEqual(2, used);
        Assert.IsTrue(reader.Feed(b, 0, b.Length, out used));
        Assert.AreEqual(4, used);
        Assert.AreEqual("NOOP", reader.Line);
        Assert.IsTrue(reader.Feed(b, 4, b.Length - 4, out used));
        Assert.AreEqual("QUIT", reader.Line);
    }

    [TestMethod]
    public void LimitCountsTheLineWithoutItsCrlf()
    {
        var reader = new LineReader(4);
        byte[] fits = Encoding.ASCII.GetBytes("QUIT\r\n");
        Assert.IsTrue(reader.Feed(fits, 0, fits.Length, out _));
        Assert.IsFalse(reader.Overflowed);
        byte[] over = Encoding.ASCII.GetBytes("QUITS\n");
        Assert.IsTrue(reader.Feed(over, 0, over.Length, out _));
        Assert.IsTrue(reader.Overflowed);
        Assert.IsNull(reader.Line);
    }

    [TestMethod]
    public void OverflowIsForgottenAtTheNextLine()
    {
        var reader = new LineReader(4);
        byte[] bytes = Encoding.ASCII.GetBytes("0123456789abcdef\r\nNOOP\r\n");
        Assert.IsTrue(reader.Feed(bytes, 0, bytes.Length, out int used));
        Assert.IsTrue(reader.Overflowed);
        Assert.IsTrue(reader.Feed(bytes, used, bytes.Length - used, out _));
        Assert.AreEqual("NOOP", reader.Line);
    }
}
