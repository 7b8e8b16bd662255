namespace MailAppliance.Core.Console
{
    /// <summary>What the console needs from the device it runs on.</summary>
    public interface ICliHost
    {
        /// <summary>The saved startup-config, or null when there is none.</summary>
        string LoadStartupConfig();

        /// <summary>Replaces the startup-config (atomically); false when the card cannot be written.</summary>
        bool SaveStartupConfig(string text);

        /// <summary>Why write memory would fail (the folder is missing or read-only), or null; asked at start-up.</summary>
        string StartupConfigProblem();

        /// <summary>Removes the startup-config; false when the card cannot be written.</summary>
        bool EraseStartupConfig();

        /// <summary>Restarts the appliance (the emulator exits for its supervisor to restart it).</summary>
        void Reload();

        /// <summary>Lines for <c>show version</c>: firmware, runtime, board, uptime, memory, SD card.</summary>
        string[] VersionLines();

        /// <summary>Lines for "show ip interface brief", after its header.</summary>
        string[] InterfaceLines();
    }
}
