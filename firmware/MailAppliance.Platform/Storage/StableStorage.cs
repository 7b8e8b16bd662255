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

        /// <summary>Syncs a file just written, or a folder just renamed into.</summary>
        public static void Sync(string path)
        {
            IStableStorage host = Host;
            if (host != null)
            {
                host.Sync(path);
            }
        }

        /// <summary>Syncs the folder a file (or folder) is in, after a rename or creation there.</summary>
        public static void SyncFolderOf(string path)
        {
            string folder = Path.GetDirectoryName(path);
            Sync(folder == null || folder.Length == 0 ? "." : folder);
        }
    }
}
