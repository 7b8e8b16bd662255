using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;

namespace MailAppliance.Teacher;

/// <summary>What the tool reads from the appliance's console: its mail domain, its address, its clock.</summary>
public static class ApplianceFacts
{
    /// <summary>The first mail domain and the first interface address that is up, for the credentials sheet.</summary>
    public static (string Domain, string Server) MailSettings(SerialConsole console)
    {
        string domain = console.Run("show running-config | include ^mail domain").Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ')).Where(w => w.Length == 3).Select(w => w[2]).FirstOrDefault() ?? "mail.com";
        string server = console.Run("show ip interface brief").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && w[^1] == "up" && IPAddress.TryParse(w[1], out _)).Select(w => w[1]).FirstOrDefault() ?? "(the appliance's address)";
        return (domain, server);
    }

    /// <summary>
    /// Sets the appliance's clock from this PC when nothing has (show clock starts with '*': the
    /// board has no battery clock), in the zone the appliance is configured for (clock timezone),
    /// as IOS's clock set takes local time. A clock set by NTP or by hand is left alone.
    /// </summary>
    public static void ClockFromThisPc(SerialConsole console)
    {
        if (!console.LastPrompt.EndsWith("#") || !console.Run("show clock").StartsWith("*"))
        {
            return;
        }
        DateTime local = DateTime.UtcNow.AddMinutes(ZoneOffsetMinutes(console.Run("show running-config | include ^clock timezone")));
        string answer = console.Run("clock set " + local.ToString("HH:mm:ss d MMM yyyy", CultureInfo.InvariantCulture));
        Console.WriteLine(answer.Contains('%') ? "warning: the appliance's clock could not be set: " + answer.Trim() : "appliance clock set from this PC");
    }

    // "clock timezone CET 1" or "clock timezone NST -3 30": the offset in minutes; 0 without one.
    private static int ZoneOffsetMinutes(string line)
    {
        Match m = Regex.Match(line, @"clock timezone \S+ (-?)(\d+)(?: (\d+))?");
        if (!m.Success)
        {
            return 0;
        }
        int minutes = int.Parse(m.Groups[2].Value) * 60 + (m.Groups[3].Success ? int.Parse(m.Groups[3].Value) : 0);
        return m.Groups[1].Value == "-" ? -minutes : minutes;
    }
}
