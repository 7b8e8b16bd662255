using System;
using System.IO;
using System.Linq;

namespace MailAppliance.Teacher;

/// <summary>
/// Copies the class's mailboxes for a backup. Over the card only: the serial console carries
/// about 11 KB/s at 115200 baud, so a class's mail (tens of MB) would take hours; the tool says
/// how long, from <c>show users</c>, and asks for the card. The card's layout is the one the
/// appliance writes (mail/USER/UID,S=SIZE.eml), readable on any PC.
/// </summary>
public static class MailboxBackup
{
    /// <summary>Bytes a second a 115200-baud 8N1 line carries (10 bits a byte).</summary>
    public const int SerialBytesPerSecond = 115200 / 10;

    public static int Copy(SerialConsole console, string destination, string card)
    {
        long bytes = console.Run("show users").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 3 && long.TryParse(w[1], out _) && long.TryParse(w[2], out _))
            .Sum(w => long.Parse(w[2]));
        string estimate = $"the mailboxes hold {bytes:N0} bytes: about {Math.Ceiling(bytes / (double)SerialBytesPerSecond / 60):N0} min over the serial console";
        if (card == null)
        {
            Console.Error.WriteLine($"error: {estimate}, so they are copied from the SD card: take it out of the appliance, "
                + "put it in this PC and give its folder with --card PATH (D:\\ or /media/...)");
            return 2;
        }
        string mail = Path.Combine(card, "mail");
        if (!Directory.Exists(mail))
        {
            Console.Error.WriteLine($"error: {card} has no mail folder: is it the appliance's SD card?");
            return 2;
        }
        int files = 0;
        foreach (string source in Directory.GetFiles(mail, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(destination, Path.GetRelativePath(mail, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, true);
            files++;
        }
        Console.WriteLine($"{files} files of the mailboxes copied from {mail} to {destination} ({estimate}; the card took seconds)");
        return 0;
    }
}
