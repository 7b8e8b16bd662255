using System;
using System.Text;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Appliance;

[TestClass]
public sealed class PasswordHashTests
{
    [TestMethod]
    public void Sha256MatchesTheStandardVectors()
    {
        Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexString(Sha256.Hash(Encoding.ASCII.GetBytes("abc"))).ToLower());
        Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexString(Sha256.Hash(new byte[0])).ToLower());
        byte[] million = Encoding.ASCII.GetBytes(new string('a', 1000));
        Assert.AreEqual(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(million)), Convert.ToHexString(Sha256.Hash(million)));
    }

    [TestMethod]
    public void HashVerifiesOnlyItsPassword()
    {
        string hash = PasswordHash.Create("admin", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        StringAssert.StartsWith(hash, "$sha256$64$AQIDBAUGBwg=$");
        Assert.IsTrue(PasswordHash.Verify("admin", hash));
        Assert.IsFalse(PasswordHash.Verify("Admin", hash));
        Assert.IsFalse(PasswordHash.Verify("admin", "$sha256$64$AQIDBAUGBwg=$short"));
        Assert.IsFalse(PasswordHash.IsHash("admin"));
    }

    [TestMethod]
    public void UsersKeepNoPlainPassword()
    {
        var users = new UserDirectory();
        users.Set("Client1", "admin");
        Assert.AreEqual("client1", users.Authenticate("CLIENT1", "admin"));
        Assert.IsNull(users.Authenticate("client1", "nope"));
        Assert.IsFalse(users.HashOf("client1").Contains("admin"));
        var copy = new UserDirectory();
        Assert.IsTrue(copy.SetHash("client1", users.HashOf("client1")));
        Assert.AreEqual("client1", copy.Authenticate("client1", "admin"));
        Assert.IsTrue(copy.Remove("client1"));
        Assert.IsNull(copy.Authenticate("client1", "admin"));
    }
}
