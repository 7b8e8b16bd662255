using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MailAppliance.Core.Tests.Portable;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Console;

/// <summary>Every scenario in Console/Transcripts (the format: <see cref="ConsoleTranscript"/>), pasted and typed key by key; the same run on nanoCLR.</summary>
[TestClass]
public sealed class ConsoleTranscriptTests
{
    public static IEnumerable<object[]> Scenarios =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Console", "Transcripts"), "*.txt").OrderBy(f => f)
            .SelectMany(f => new[] { new object[] { Path.GetFileNameWithoutExtension(f), false }, new object[] { Path.GetFileNameWithoutExtension(f), true } });

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void Transcript(string scenario, bool keyByKey) =>
        ConsoleTranscript.Run(scenario, File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Console", "Transcripts", scenario + ".txt")), keyByKey);
}
