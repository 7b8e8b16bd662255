namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// How many bytes move per call to the network and to the card, the same on board and
    /// emulator. Larger chunks mean fewer calls (each is a native call on the board and a system
    /// call on a PC), but every session holds its buffers in the board's managed heap, whose
    /// headroom at the session cap is a few tens of KB (README, nanoclr-memory).
    /// </summary>
    public static class IoSizes
    {
        /// <summary>
        /// A socket receive, and each send of a streamed body (RETR, TOP): lwIP's MSS on the board
        /// (1440, NANOFRAMEWORK.md), so a receive takes a whole segment and a send fills one.
        /// </summary>
        public const int Segment = 1440;

        /// <summary>
        /// A write of message bytes to the card: four 512-byte sectors. nanoFramework's FAT driver
        /// on ESP32 calls f_sync after every f_write, which rewrites the file's directory entry, so
        /// each write costs its sectors plus a directory sector: at 512 bytes that doubled the
        /// card's writes, at 2048 it adds a quarter. Only a session inside DATA holds one.
        /// </summary>
        public const int CardWrite = 2048;

        /// <summary>
        /// A read of message bytes from the card (RETR, TOP): one sector. FatFs reads whole sectors
        /// straight into the buffer and a read syncs nothing, so a larger buffer saves little on the
        /// board and would cost each retrieving session as much again.
        /// </summary>
        public const int CardRead = 512;

        /// <summary>Replies gathered before a send, for sessions that stream nothing: a command line's worth.</summary>
        public const int Reply = 512;
    }
}
