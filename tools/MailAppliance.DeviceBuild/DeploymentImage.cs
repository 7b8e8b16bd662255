using System.IO;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// The application image nanoff deploys: every .pe of the program, each padded to a multiple
/// of four bytes, the program's own last — the layout of nanoFramework's GenerateBinaryOutputTask
/// (nanoFramework.Tools.BuildTasks), which the SDK and the Visual Studio extension use.
/// </summary>
public static class DeploymentImage
{
    public static long Write(string bin, string[] peFilesInLoadOrder)
    {
        using var image = File.Create(bin);
        foreach (string pe in peFilesInLoadOrder)
        {
            byte[] bytes = File.ReadAllBytes(pe);
            image.Write(bytes, 0, bytes.Length);
            image.Write(new byte[(4 - bytes.Length % 4) % 4]);
        }
        return image.Length;
    }
}
