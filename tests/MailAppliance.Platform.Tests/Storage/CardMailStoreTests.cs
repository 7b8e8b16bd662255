using System.IO;
using System.Text;
using MailAppliance.Core.Storage;
using MailAppliance.Platform.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Platform.Tests.Storage;

/// <summary>The store on a card that is missing at boot, arrives later and is pulled out again.</summary>
[TestClass]
public sealed class CardMailStoreTests
{
    private string _slot;

    [TestInitialize]
    public void CreateSlot() => _slot = Directory.CreateTempSubdirectory("cardslot-").FullName;

    [TestCleanup]
    public void RemoveSlot() => Directory.Delete(_slot, true);

    [TestMethod]
    public void WithoutACardEverythingIsTryLaterAndAnInsertedCardIsUsedWithoutARestart()
    {
        // A file where the card's root folder would be: like a drive letter with no card behind it.
        string root = Path.Combine(_slot, "card");
        File.WriteAllText(root, "not a card");
        var store = new CardMailStore(Path.Combine(root, "D"));

        Assert.IsFalse(store.TryOpen());
        Assert.IsFalse(store.IsAvailable);
        Assert.AreEqual(StoreResult.TryLater, store.BeginMessage(out var writer));
        Assert.IsNull(writer);
        Assert.AreEqual(StoreResult.TryLater, store.OpenMailbox("client2", out var mailbox));
        Assert.IsNull(mailbox);
        Assert.AreEqual(StoreResult.TryLater, store.MailboxUsage("client2", out _, out _));
        Assert.AreEqual(StoreResult.TryLater, store.DeleteMailbox("client2"));

        File.Delete(root);
        Assert.IsTrue(store.TryOpen());
        Assert.AreEqual(StoreResult.Accepted, store.BeginMessage(out writer));
        byte[] bytes = Encoding.ASCII.GetBytes("Subject: after the card\r\n\r\nhi\r\n");
        Assert.AreEqual(StoreResult.Accepted, writer.Append(bytes, 0, bytes.Length));
        Assert.AreEqual(StoreResult.Accepted, writer.Commit(new[] { "client2" }, 1));
        Assert.IsTrue(File.Exists(Path.Combine(root, "D", "mail", "client2", "00000001,S=31.eml")));

        store.Close();
        Assert.AreEqual(StoreResult.TryLater, store.OpenMailbox("client2", out _));
    }
}
