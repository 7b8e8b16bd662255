using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Console;

/// <summary>
/// Console scenarios as the terminal shows them. In a scenario file a line "PROMPT|typed"
/// means the screen shows PROMPT, then the typed text is echoed; the runner types it and
/// presses Enter (no Enter when it ends in '?', which IOS answers at once). Other lines are
/// what the appliance prints. A last line "PROMPT|" is the final prompt.
/// </summary>
[TestClass]
public sealed class ConsoleTranscriptTests
{
    public static IEnumerable<object[]> Scenarios =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Console", "Transcripts"), "*.txt").OrderBy(f => f)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void Transcript(string scenario)
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Console", "Transcripts", scenario + ".txt"))
            .Where(l => !l.StartsWith("#")).ToArray();
        var console = new ConsoleFixture();
        var expected = new StringBuilder("\r\n");
        var typed = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int bar = line.IndexOf('|');
            bool last = i == lines.Length - 1;
            if (bar < 0)
            {
                expected.Append(line).Append("\r\n");
                continue;
            }
            string keys = line[(bar + 1)..];
            expected.Append(line[..bar]).Append(keys);
            if (last && keys.Length == 0)
            {
                break;
            }
            expected.Append("\r\n");
            typed.Append(keys);
            if (!keys.EndsWith("?"))
            {
                typed.Append('\r');
            }
        }
        console.Type(typed.ToString());
        Assert.AreEqual(expected.ToString(), console.Take(), scenario);
    }
}
