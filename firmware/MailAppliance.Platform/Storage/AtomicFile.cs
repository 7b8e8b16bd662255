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
        public static void Write(string path, byte[] bytes) => Write(path, bytes, bytes.Length);

        /// <summary>Replaces the contents of <paramref name="path"/> with the first <paramref name="count"/> of <paramref name="bytes"/>.</summary>
        public static void Write(string path, byte[] bytes, int count)
        {
            string fresh = path + NewSuffix;
            using (var stream = new FileStream(fresh, FileMode.Create, FileAccess.Write))
            {
                stream.Write(bytes, 0, count);
                stream.Flush();
            }
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            File.Move(fresh, path);
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
