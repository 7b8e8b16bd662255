using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Smtp;

/// <summary>Every scenario in Smtp/Transcripts, fed whole and one byte at a time.</summary>
[TestClass]
public sealed class SmtpTranscriptTests
{
    public static IEnumerable<object[]> Scenarios => TranscriptFiles.Scenarios("Smtp");

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void Transcript(string scenario, bool byteByByte) => TranscriptFiles.Run("Smtp", scenario, byteByByte);
}
