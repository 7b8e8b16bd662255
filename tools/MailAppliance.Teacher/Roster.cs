using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Teacher;

/// <summary>A class roster: one student a line, "name" or "name,password"; a header line is allowed.</summary>
public static class Roster
{
    // No 0/O, 1/l/I: students copy these from paper.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static List<(string User, string Password, int Line)> Read(string path, List<string> problems)
    {
        var students = new List<(string, string, int)>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("#"))
            {
                continue;
            }
            string[] fields = line.Split(',', 2);
            string user = fields[0].Trim().Trim('"').ToLowerInvariant();
            string password = fields.Length > 1 ? fields[1].Trim().Trim('"') : "";
            if (i == 0 && (user is "user" or "username" or "name"))
            {
                continue;
            }
            if (!UserDirectory.IsValidName(user))
            {
                problems.Add($"line {i + 1}: \"{user}\" is not a valid user name (letters, digits, '.', '-', '_')");
                continue;
            }
            students.Add((user, password.Length > 0 ? password : Generate(), i + 1));
        }
        return students;
    }

    public static string Generate()
    {
        var chars = new char[10];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(chars);
    }
}
