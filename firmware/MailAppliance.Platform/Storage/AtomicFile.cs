using System.IO;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// Small files replaced as a whole (counters, configuration, leases): write a new copy,
    /// then swap it in. FAT's rename cannot replace a file, so the old one is deleted first;
    /// a power cut between the two steps leaves the ".new" copy, which reading then uses.
    /// </summary>
    public static class AtomicFile
    {
        private const string NewSuffix = ".new";

        /// <summary>Replaces the contents of <paramref name="path"/> with <paramref name="bytes"/>.</summary>
        public static void Write(string path, byte[] bytes)
        {
            using (FileStream stream = Begin(path))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush();
            }
            Complete(path);
        }

        /// <summary>The new copy of <paramref name="path"/>, to write (and flush) before <see cref="Complete"/>.</summary>
        public static FileStream Begin(string path) => new FileStream(path + NewSuffix, FileMode.Create, FileAccess.Write);

        /// <summary>Swaps the new copy written since <see cref="Begin"/> in for <paramref name="path"/>.</summary>
        public static void Complete(string path)
        {
            StableStorage.Sync(path + NewSuffix);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            File.Move(path + NewSuffix, path);
            StableStorage.SyncFolderOf(path);
        }

        /// <summary>The file's contents, or null when neither it nor an interrupted replacement exists.</summary>
        public static byte[] Read(string path)
        {
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
            string fresh = path + NewSuffix;
            return File.Exists(fresh) ? File.ReadAllBytes(fresh) : null;
        }
    }
}
