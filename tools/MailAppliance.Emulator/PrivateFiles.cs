using System;
using System.Runtime.InteropServices;

namespace MailAppliance.Emulator;

/// <summary>
/// Files the emulator writes are its user's alone (umask 077): the startup-config holds the
/// password hashes, the mailboxes hold the class's mail. The board's FAT card and flash have no
/// permissions; on a PC another account must not read them.
/// </summary>
public static class PrivateFiles
{
    private const uint OwnerOnly = 0x3F; // 077: no bits for group or others

    public static void Apply()
    {
        if (!OperatingSystem.IsWindows())
        {
            umask(OwnerOnly);
        }
    }

    [DllImport("libc", SetLastError = false)]
    private static extern uint umask(uint mask);
}
