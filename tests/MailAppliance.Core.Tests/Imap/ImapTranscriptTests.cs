using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests.Imap;

/// <summary>Every scenario in Imap/Transcripts, fed whole and one byte at a time.</summary>
[TestClass]
public sealed class ImapTranscriptTests
{
    public static IEnumerable<object[]> Scenarios => TranscriptFiles.Scenarios("Imap");

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void Transcript(string scenario, bool byteByByte) => TranscriptFiles.Run("Imap", scenario, byteByByte);
}
