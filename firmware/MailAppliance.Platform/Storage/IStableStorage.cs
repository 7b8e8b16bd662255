namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// Puts a written file, or a folder's entries (a file renamed into it), on stable storage
    /// (POSIX fsync takes either). The emulator's PC needs it; on the board FileStream.Flush is all there is.
    /// </summary>
    public interface IStableStorage
    {
        /// <summary>The file's contents, or the folder's entries, survive a power cut once this returns.</summary>
        void Sync(string path);
    }
}
