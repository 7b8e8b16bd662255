using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Http;

/// <summary>Every scenario in Http/Transcripts, fed whole and one byte at a time.</summary>
[TestClass]
public sealed class HttpTranscriptTests
{
    public static IEnumerable<object[]> Scenarios => TranscriptFiles.Scenarios("Http");

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void Transcript(string scenario, bool byteByByte) => TranscriptFiles.Run("Http", scenario, byteByByte);
}
