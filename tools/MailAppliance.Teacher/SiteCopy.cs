using System;
using System.IO;
using System.Linq;

namespace MailAppliance.Teacher;

/// <summary>
/// A web site for the appliance (issue 15): the console has no file transfer, and even one would
/// crawl at 115200 baud, so the tool says how long it would take and copies the folder onto the
/// SD card, into <c>www/&lt;host&gt;/</c>, where the web server reads it; it also says whether the
/// server is on and whether the name resolves to the appliance.
/// </summary>
internal static class SiteCopy
{
    public static int Copy(SerialConsole console, string folder, string host, string card)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"error: {folder} is not a folder");
            return 2;
        }
        string[] files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        long bytes = files.Sum(f => new FileInfo(f).Length);
        double minutes = bytes / (double)MailboxBackup.SerialBytesPerSecond / 60;
        string status = console.Run("show ip http server status");
        if (status.Contains("Disabled"))
        {
            Console.WriteLine("note: the web server is off: type 'ip http server' in configuration mode");
        }
        if (!console.Run("show hosts").Contains(host))
        {
            Console.WriteLine($"note: no DNS name {host} on the appliance yet: 'ip host {host} <the appliance's address>' makes the students' browsers find it");
        }
        string estimate = $"the site is {files.Length} files, {bytes:N0} bytes: about {Math.Ceiling(minutes):N0} min over the serial console, which has no file transfer";
        if (card == null)
        {
            Console.Error.WriteLine($"error: {estimate}, so it goes on the SD card: take it out of the appliance, put it in this PC and give its folder with --card PATH (D:\\ or /media/...)");
            return 2;
        }
        string target = Path.Combine(card, "www", host.ToLowerInvariant());
        foreach (string file in files)
        {
            string to = Path.Combine(target, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, true);
        }
        Console.WriteLine($"copied {files.Length} files ({bytes:N0} bytes) to {target}; put the card back in the appliance and browse http://{host}/");
        return 0;
    }
}
