using System;
using System.IO;
using System.Runtime.InteropServices;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Emulator;

/// <summary>
/// fsync(2) on a file or a folder, so a 250 after DATA means the message is on the PC's disk,
/// not in its page cache (.NET has no call to sync a folder). On Windows, files are flushed
/// through FileStream and folders are left to NTFS.
/// </summary>
public sealed class FsyncStorage : IStableStorage
{
    private const int ReadOnly = 0; // O_RDONLY: enough to fsync a file or a folder on Linux

    public void Sync(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
                stream.Flush(true);
            }
            return;
        }
        int fd = open(path, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"cannot open {path} to sync it (errno {Marshal.GetLastPInvokeError()})");
        }
        try
        {
            if (fsync(fd) != 0)
            {
                throw new IOException($"fsync of {path} failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            close(fd);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc")]
    private static extern int close(int fd);
}
