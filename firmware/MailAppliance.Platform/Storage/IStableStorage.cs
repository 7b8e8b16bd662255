namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// Puts a written file, or a folder's new entries, on stable storage (POSIX fsync). The
    /// emulator's PC needs it; the board's FileStream.Flush already writes the FAT through.
    /// </summary>
    public interface IStableStorage
    {
        /// <summary>The file's contents survive a power cut once this returns.</summary>
        void SyncFile(string path);

        /// <summary>The folder's entries (a file renamed into it) survive a power cut once this returns.</summary>
        void SyncFolder(string path);
    }
}
