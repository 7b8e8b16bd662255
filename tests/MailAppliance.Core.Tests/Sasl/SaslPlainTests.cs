using MailAppliance.Core.Sasl;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Sasl;

[TestClass]
public sealed class SaslPlainTests
{
    [TestMethod]
    public void ReadsUserAndPassword()
    {
        Assert.IsTrue(SaslPlain.TryParse("AGNsaWVudDEAYWRtaW4=", out string user, out string password));
        Assert.AreEqual("client1", user);
        Assert.AreEqual("admin", password);
    }

    [TestMethod]
    public void AuthorizationIdentityOfAnotherUserGetsNoPassword()
    {
        Assert.IsTrue(SaslPlain.TryParse("b3RoZXIAY2xpZW50MQBhZG1pbg==", out _, out string password));
        Assert.IsNull(password);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("AGNsaWVudDE=")]
    [DataRow("abc")]
    [DataRow("a=bc")]
    [DataRow("@@@@")]
    [DataRow(null)]
    public void MalformedResponsesAreRefusedWithoutThrowing(string response)
    {
        Assert.IsFalse(SaslPlain.TryParse(response, out _, out _));
    }

    [TestMethod]
    public void LoginPromptsAreBase64()
    {
        Assert.AreEqual("VXNlcm5hbWU6", Base64Text.Encode("Username:"));
    }
}
