using System.IO;
using MailAppliance.Core.Storage;
using MailAppliance.Platform.Storage;
using nanoFramework.TestFramework;

namespace MailAppliance.Device.Tests
{
    /// <summary>
    /// The card's FAT as the mail store uses it: create, flush, rename into a mailbox, read back.
    /// Needs a card in slot 0, mounted by the firmware or by the board's image at boot.
    /// </summary>
    [TestClass]
    public class SdCardRoundTripTests
    {
        private const string Root = "D:\\devtest";

        [Cleanup]
        public void RemoveTestFolder()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, true);
            }
        }

        [TestMethod]
        public void AMessageWrittenRenamedAndReadBackIsByteExact()
        {
            var store = new FileMailStore(Root);
            byte[] message = { (byte)'S', (byte)':', (byte)' ', (byte)'x', 13, 10, 13, 10, (byte)'h', (byte)'i', 13, 10 };
            Assert.AreEqual(StoreResult.Accepted, store.BeginMessage(out IMessageWriter writer));
            Assert.AreEqual(StoreResult.Accepted, writer.Append(message, 0, message.Length));
            Assert.AreEqual(StoreResult.Accepted, writer.Commit(new[] { "client2" }, 1));

            string[] files = Directory.GetFiles(store.MailboxFolder("client2"));
            Assert.AreEqual(1, files.Length);
            byte[] read = File.ReadAllBytes(files[0]);
            Assert.AreEqual(message.Length, read.Length);
            for (int i = 0; i < message.Length; i++)
            {
                Assert.AreEqual(message[i], read[i]);
            }
        }

        [TestMethod]
        public void AtomicFileReplacesAnExistingFileOnFat()
        {
            Directory.CreateDirectory(Root);
            string path = Root + "\\counter";
            AtomicFile.Write(path, new byte[] { 1 });
            AtomicFile.Write(path, new byte[] { 2 });
            byte[] read = AtomicFile.Read(path);
            Assert.AreEqual(1, read.Length);
            Assert.AreEqual((byte)2, read[0]);
        }
    }
}
