using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>A flash folder write memory cannot use is said at start-up, not first when the teacher saves.</summary>
[TestClass]
public sealed class FlashFolderTests
{
    [TestMethod]
    public void AMissingFlashFolderIsSaidAtStartUp()
    {
        string missing = Path.Combine(Directory.CreateTempSubdirectory("flash-parent-").FullName, "not-there");
        using var emulator = EmulatorProcess.Start(null, "--flash", missing);
        emulator.WaitForLine(line => line == $"% write memory will fail: {missing} does not exist", "the start-up notice");
        emulator.TypeOnConsole("write memory");
        emulator.WaitForLine(line => line.Contains("% The startup-config cannot be written; nothing was saved"), "write memory failing as announced");
        emulator.Stop();
    }
}
