using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Pop3;

/// <summary>Every scenario in Pop3/Transcripts, fed whole and one byte at a time.</summary>
[TestClass]
public sealed class Pop3TranscriptTests
{
    public static IEnumerable<object[]> Scenarios => TranscriptFiles.Scenarios("Pop3");

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void Transcript(string scenario, bool byteByByte) => TranscriptFiles.Run("Pop3", scenario, byteByByte);
}
