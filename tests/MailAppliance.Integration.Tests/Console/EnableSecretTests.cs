using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests.Console;

/// <summary>A saved enable secret holds across write memory and a restart: the console starts locked.</summary>
[TestClass]
public sealed class EnableSecretTests
{
    [TestMethod]
    public void SavedSecretLocksTheConsoleAfterARestart()
    {
        string flash = Directory.CreateTempSubdirectory("appliance-flash-").FullName;
        using (var emulator = EmulatorProcess.Start(null, "--flash", flash))
        {
            emulator.TypeOnConsole("configure terminal");
            emulator.TypeOnConsole("enable secret letmein");
            emulator.TypeOnConsole("end");
            emulator.TypeOnConsole("write memory");
            emulator.WaitForLine(line => line.EndsWith("[OK]"), "write memory's [OK]");
            emulator.Stop();
        }
        using (var emulator = EmulatorProcess.Start(null, "--flash", flash))
        {
            emulator.TypeOnConsole("configure terminal");
            emulator.WaitForLine(line => line.Contains("% Invalid input detected at '^' marker."), "user EXEC refusing configure terminal");
            emulator.TypeOnConsole("enable");
            emulator.TypeOnConsole("letmein");
            emulator.TypeOnConsole("configure terminal");
            emulator.WaitForLine(line => line.Contains("Enter configuration commands"), "configuration mode once the secret is given");
            emulator.Stop();
        }
    }
}
