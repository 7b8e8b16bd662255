using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Teacher;

/// <summary>
/// A class roster (CSV). The simple form is one student a line, "name" or "name,password", with
/// an optional header "user[,password]". Any other file (a registrar's export such as
/// "Roll No,Name,Email") is read only by named columns: <c>--user-column</c> (an e-mail address
/// gives its local part) and, if it has one, <c>--password-column</c>. A column that is not
/// named the password is never used as one: a student's password must not be their e-mail.
/// </summary>
public static class Roster
{
    // No 0/O, 1/l/I: students copy these from paper.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// The students of <paramref name="path"/>; lines that cannot be imported go to
    /// <paramref name="problems"/>. Null, with <paramref name="error"/>, when the file's columns
    /// cannot be told apart.
    /// </summary>
    public static List<(string User, string Password, int Line)> Read(string path, string userColumn, string passwordColumn, List<string> problems, out string error)
    {
        error = null;
        var rows = new List<(string[] Fields, int Line)>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith("#"))
            {
                rows.Add((Csv(line), i + 1));
            }
        }
        if (rows.Count == 0)
        {
            return new List<(string, string, int)>();
        }
        string[] header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        int userIndex;
        int passwordIndex;
        if (userColumn != null)
        {
            userIndex = Array.IndexOf(header, userColumn.Trim().ToLowerInvariant());
            passwordIndex = passwordColumn == null ? -1 : Array.IndexOf(header, passwordColumn.Trim().ToLowerInvariant());
            if (userIndex < 0 || (passwordColumn != null && passwordIndex < 0))
            {
                error = $"the roster's first line names the columns {Names(rows[0].Fields)}; there is no \"{(userIndex < 0 ? userColumn : passwordColumn)}\"";
                return null;
            }
            rows.RemoveAt(0);
        }
        else if (passwordColumn != null)
        {
            error = "--password-column needs --user-column too";
            return null;
        }
        else
        {
            bool simpleHeader = header[0] is "user" or "username" or "name" && (header.Length == 1 || (header.Length == 2 && header[1] == "password"));
            int widest = rows.Skip(simpleHeader ? 1 : 0).Select(r => r.Fields.Length).DefaultIfEmpty(1).Max();
            if ((!simpleHeader && IsHeader(header)) || widest > 2)
            {
                error = $"the roster has the columns {Names(rows[0].Fields)}: say which holds the user name with --user-column NAME "
                    + "(and the password, if one does, with --password-column NAME); the others are ignored";
                return null;
            }
            if (simpleHeader)
            {
                rows.RemoveAt(0);
            }
            userIndex = 0;
            passwordIndex = 1;
        }
        var students = new List<(string, string, int)>();
        foreach (var (fields, line) in rows)
        {
            string user = userIndex < fields.Length ? fields[userIndex].Trim().ToLowerInvariant() : "";
            int at = user.IndexOf('@');
            if (at > 0)
            {
                user = user[..at];
            }
            string password = passwordIndex >= 0 && passwordIndex < fields.Length ? fields[passwordIndex].Trim() : "";
            if (!UserDirectory.IsValidName(user))
            {
                problems.Add($"line {line}: \"{user}\" is not a valid user name (letters, digits, '.', '-', '_')");
                continue;
            }
            students.Add((user, password.Length > 0 ? password : Generate(), line));
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

    // A first line of names, not of a student: words a registrar's export uses for its columns.
    private static bool IsHeader(string[] fields) =>
        fields.Any(f => f is "password" or "email" or "e-mail" or "mail" or "roll no" or "roll" or "id" or "student" or "login" or "first name" or "last name");

    private static string Names(string[] fields) => string.Join(", ", fields.Select(f => f.Trim()));

    // RFC 4180 fields: commas inside double quotes stay, "" is a quote.
    private static string[] Csv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
