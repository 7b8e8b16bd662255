using System;
using MailAppliance.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Text;

[TestClass]
public sealed class Rfc5322DateTests
{
    [TestMethod]
    public void FormatsAsMailHeadersDo()
    {
        Assert.AreEqual("Sun, 1 Mar 2026 09:05:07 +0000", Rfc5322Date.Format(new DateTime(2026, 3, 1, 9, 5, 7, DateTimeKind.Utc)));
        Assert.AreEqual("Thu, 31 Dec 2026 23:59:59 +0000", Rfc5322Date.Format(new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
    }
}
