using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Http
{
    /// <summary>The sites on the SD card, read only: a folder per host name, and a default one.</summary>
    public interface IWebContent
    {
        /// <summary>
        /// Opens the file <paramref name="names"/> leads to in the site for <paramref name="host"/>
        /// (lower case, no port; null or unknown: the default site); a <paramref name="folder"/>
        /// request gives the folder's index.html. Refused when there is no such file, with
        /// <paramref name="isFolder"/> when the names lead to a folder but the request did not
        /// end in '/' (the session redirects, so the page's relative links work); TryLater when
        /// the card cannot be read.
        /// </summary>
        StoreResult Open(string host, string[] names, bool folder, out IWebFile file, out bool isFolder);
    }

    /// <summary>One file being sent, read a chunk at a time.</summary>
    public interface IWebFile
    {
        /// <summary>The file's name, for its Content-Type.</summary>
        string Name { get; }

        long Length { get; }

        /// <summary>What changes when the file does (the ETag's opaque part, RFC 9110 §8.8.3).</summary>
        string Version { get; }

        /// <summary>Reads up to <paramref name="count"/> bytes from <paramref name="position"/>; 0 at the end, -1 when the card fails.</summary>
        int Read(long position, byte[] buffer, int offset, int count);

        void Close();
    }
}
