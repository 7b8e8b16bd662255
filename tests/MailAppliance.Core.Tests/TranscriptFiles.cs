using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MailAppliance.Core.Tests;

/// <summary>The SMTP and POP3 scenario files, each run whole and one byte at a time (<see cref="Portable.MailTranscript"/>).</summary>
public static class TranscriptFiles
{
    public static IEnumerable<object[]> Scenarios(string protocolFolder)
    {
        foreach (string file in Directory.GetFiles(Folder(protocolFolder), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetFileNameWithoutExtension(file), true };
            yield return new object[] { Path.GetFileNameWithoutExtension(file), false };
        }
    }

    public static void Run(string protocolFolder, string scenario, bool byteByByte) =>
        Portable.MailTranscript.Run(protocolFolder, scenario, File.ReadAllLines(Path.Combine(Folder(protocolFolder), scenario + ".txt")), byteByByte);

    private static string Folder(string protocolFolder) => Path.Combine(AppContext.BaseDirectory, protocolFolder, "Transcripts");
}
