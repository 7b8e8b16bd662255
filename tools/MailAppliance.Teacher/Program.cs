using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MailAppliance.Teacher;

/// <summary>
/// The teacher's tool: imports a class roster, backs up and restores the configuration, puts a
/// web site on the card, and runs single commands, over the appliance's serial console.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: MailAppliance.Teacher --port PORT [--baud 115200] [--enable SECRET] COMMAND
          import ROSTER.csv [--out CREDENTIALS.csv] [--user-column NAME [--password-column NAME]]
                                                      add every student (name[,password], or the named columns
                                                      of any other CSV); missing passwords are generated; the
                                                      credentials sheet names each address and the server
          backup FILE [--mailboxes FOLDER --card PATH]  save the running configuration to FILE (and copy the
                                                      mailboxes from the SD card mounted at PATH)
          restore FILE [--save]                       replay FILE's configuration (and write memory)
          site FOLDER HOST --card PATH                copy a web site onto the SD card mounted at PATH, as
                                                      www/HOST/ (the console cannot carry files)
          run "COMMAND" ["COMMAND" ...]               run console commands and print their output
        PORT is COM5, /dev/ttyUSB0, or the emulator's serial device.
        """;

    public static int Main(string[] args)
    {
        var list = args.ToList();
        string port = Take(list, "--port");
        string baud = Take(list, "--baud") ?? "115200";
        string secret = Take(list, "--enable");
        string output = Take(list, "--out");
        string userColumn = Take(list, "--user-column");
        string passwordColumn = Take(list, "--password-column");
        string mailboxes = Take(list, "--mailboxes");
        string card = Take(list, "--card");
        bool save = list.Remove("--save");
        if (port == null || list.Count < 1 || !int.TryParse(baud, out int rate))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        try
        {
            using var console = new SerialConsole(port, rate, TimeSpan.FromSeconds(20));
            string prompt = console.Connect();
            if (prompt.EndsWith(">"))
            {
                if (secret == null)
                {
                    Console.Error.WriteLine("error: the console is protected by an enable secret: give it with --enable");
                    return 2;
                }
                console.Run("enable");
                console.AnswerSecret(secret);
                if (!console.LastPrompt.EndsWith("#"))
                {
                    // Leave the console at its prompt, not at "Password:", for the next run.
                    console.Connect();
                    Console.Error.WriteLine("error: the enable secret was refused");
                    return 2;
                }
            }
            ApplianceFacts.ClockFromThisPc(console);
            return list[0] switch
            {
                "import" when list.Count == 2 => Import(console, list[1], userColumn, passwordColumn, output ?? Path.ChangeExtension(list[1], ".credentials.csv")),
                "backup" when list.Count == 2 => Backup(console, list[1], mailboxes, card),
                "restore" when list.Count == 2 => Restore(console, list[1], save),
                "site" when list.Count == 3 => SiteCopy.Copy(console, list[1], list[2], card),
                "run" when list.Count >= 2 => RunCommands(console, list.Skip(1)),
                _ => UsageError(),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TimeoutException or ArgumentException)
        {
            Console.Error.WriteLine($"error: {e.Message} (check the cable, the port name and that the appliance is running)");
            return 1;
        }
    }

    private static int UsageError()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static int Import(SerialConsole console, string roster, string userColumn, string passwordColumn, string credentials)
    {
        var problems = new List<string>();
        var students = Roster.Read(roster, userColumn, passwordColumn, problems, out string rosterError);
        if (students == null)
        {
            Console.Error.WriteLine($"error: {rosterError}");
            return 2;
        }
        var (domain, server) = ApplianceFacts.MailSettings(console);
        console.Run("end");
        console.Run("configure terminal");
        int done = 0;
        var imported = new List<(string User, string Password)>();
        foreach (var (user, password, line) in students)
        {
            string answer = console.Run($"username {user} password {password}");
            if (answer.Contains('%'))
            {
                problems.Add($"line {line}: {user}: {answer.Trim()}");
            }
            else
            {
                imported.Add((user, password));
            }
            done++;
            if (done % 20 == 0 || done == students.Count)
            {
                Console.WriteLine($"imported {done}/{students.Count}");
            }
        }
        console.Run("end");
        string written = console.Run("write memory");
        File.WriteAllLines(credentials, new[] { "user,password,address,mail server (SMTP and POP3),DNS server" }
            .Concat(imported.Select(s => $"{s.User},{s.Password},{s.User}@{domain},{server},{server}")));
        problems.ForEach(p => Console.Error.WriteLine("skipped " + p));
        Console.WriteLine($"{imported.Count} users added, {problems.Count} skipped; credentials sheet: {credentials}");
        Console.WriteLine(written.Contains("[OK]") ? "configuration saved (write memory)" : "warning: write memory failed: " + written.Trim());
        return problems.Count == 0 && written.Contains("[OK]") ? 0 : 1;
    }

    private static int Backup(SerialConsole console, string file, string mailboxes, string card)
    {
        console.Run("end");
        string text = console.Run("show running-config");
        const string header = "Current configuration:\r\n";
        int start = text.IndexOf(header, StringComparison.Ordinal);
        if (start < 0)
        {
            Console.Error.WriteLine("error: unexpected answer to show running-config");
            return 1;
        }
        File.WriteAllText(file, text[(start + header.Length)..].Replace("\r\n", "\n"));
        Console.WriteLine($"running configuration saved to {file}");
        return mailboxes == null ? 0 : MailboxBackup.Copy(console, mailboxes, card);
    }

    private static int Restore(SerialConsole console, string file, bool save)
    {
        console.Run("end");
        console.Run("configure terminal");
        int failed = 0;
        string[] lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd();
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("!") || line.Trim() == "end")
            {
                continue;
            }
            string answer = console.Run(line.Trim());
            if (answer.Contains('%'))
            {
                failed++;
                Console.Error.WriteLine($"line {i + 1}: {line.Trim()}: {answer.Trim()}");
            }
        }
        console.Run("end");
        if (save)
        {
            Console.WriteLine(console.Run("write memory").Contains("[OK]") ? "configuration saved (write memory)" : "warning: write memory failed");
        }
        Console.WriteLine($"restored {file}: {failed} line(s) failed");
        return failed == 0 ? 0 : 1;
    }

    private static int RunCommands(SerialConsole console, IEnumerable<string> commands)
    {
        foreach (string command in commands)
        {
            Console.Write(console.Run(command).Replace("\r\n", "\n"));
        }
        return 0;
    }

    private static string Take(List<string> args, string flag)
    {
        int i = args.IndexOf(flag);
        if (i < 0 || i + 1 >= args.Count)
        {
            return null;
        }
        string value = args[i + 1];
        args.RemoveRange(i, 2);
        return value;
    }
}
