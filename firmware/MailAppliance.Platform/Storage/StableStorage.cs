using System.IO;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// Where the store and the small files make what they wrote stable before the appliance says
    /// it is kept (a 250 after DATA, a UID counter block, a saved configuration, a lease). On the
    /// board there is nothing beyond FileStream.Flush to do (nanoFramework's FileStream has no
    /// Flush(bool); its flush syncs the FAT file; unverified on a card); on a PC data would sit in
    /// the OS's cache, so the emulator installs an <see cref="IStableStorage"/> that calls fsync.
    /// </summary>
    public static class StableStorage
    {
        /// <summary>The host's syncing, set once at start-up; null on the board.</summary>
        public static IStableStorage Host;

        public static void File(string path)
        {
            IStableStorage host = Host;
            if (host != null)
            {
                host.SyncFile(path);
            }
        }

        public static void Folder(string path)
        {
            IStableStorage host = Host;
            if (host != null)
            {
                host.SyncFolder(path);
            }
        }

        /// <summary>The folder a file is in, synced after a rename into it.</summary>
        public static void FolderOf(string path)
        {
            string folder = Path.GetDirectoryName(path);
            Folder(folder == null || folder.Length == 0 ? "." : folder);
        }
    }
}
