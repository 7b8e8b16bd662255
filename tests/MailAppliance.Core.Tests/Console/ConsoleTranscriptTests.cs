using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MailAppliance.Core.Tests.Portable;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Console;

/// <summary>Every scenario in Console/Transcripts (the format: <see cref="ConsoleTranscript"/>); the same run on nanoCLR.</summary>
[TestClass]
public sealed class ConsoleTranscriptTests
{
    public static IEnumerable<object[]> Scenarios =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Console", "Transcripts"), "*.txt").OrderBy(f => f)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void Transcript(string scenario) =>
        ConsoleTranscript.Run(scenario, File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Console", "Transcripts", scenario + ".txt")));
}
