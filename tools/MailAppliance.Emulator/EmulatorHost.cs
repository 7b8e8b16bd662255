using System;
using System.Diagnostics;
using System.IO;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Text;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Emulator;

/// <summary>The PC the emulator runs on, as the console sees its device.</summary>
public sealed class EmulatorHost : ICliHost
{
    private readonly StartupConfigFile _config;
    private readonly CardMailStore _store;
    private readonly ApplianceModel _model;
    private readonly string _listenAddress;
    private readonly Action _reload;
    private readonly DateTime _started = DateTime.UtcNow;

    public EmulatorHost(StartupConfigFile config, CardMailStore store, ApplianceModel model, string listenAddress, Action reload)
    {
        _store = store;
        _config = config;
        _model = model;
        _listenAddress = listenAddress;
        _reload = reload;
    }

    public string LoadStartupConfig() => _config.Load();

    public string StartupConfigProblem() => _config.WriteProblem();

    public bool SaveStartupConfig(string text) => _config.Save(text);

    public bool EraseStartupConfig() => _config.Erase();

    public void Reload() => _reload();

    public string[] VersionLines()
    {
        TimeSpan up = DateTime.UtcNow - _started;
        string version = typeof(EmulatorHost).Assembly.GetName().Version?.ToString() ?? "0.0";
        return new[]
        {
            $"MailAppliance firmware {version}, emulator",
            $"Runtime: .NET {Environment.Version} on {Environment.OSVersion}",
            "Board: PC (no ESP32)",
            $"Uptime: {(int)up.TotalDays} days, {up.Hours} hours, {up.Minutes} minutes",
            $"Managed memory in use: {GC.GetTotalMemory(false)} bytes (process working set {Process.GetCurrentProcess().WorkingSet64} bytes)",
            SdCardLine(),
            $"Address: {Ipv4.Format(_model.Address)}",
        };
    }

    private string SdCardLine()
    {
        string folder = Path.GetFullPath(_store.Root);
        if (!_store.IsAvailable)
        {
            return $"SD card: folder {folder} {_store.Problem ?? "missing or unreadable"} (mail answers 452 / -ERR until it can be used)";
        }
        var drive = new DriveInfo(folder);
        return $"SD card: folder {folder}, {drive.TotalSize / 1048576} MB, {drive.AvailableFreeSpace / 1048576} MB free";
    }

    public string[] InterfaceLines()
    {
        NetworkSettings network = _model.Network;
        return new[]
        {
            CliText.Pad("emulator", 14) + CliText.Pad(_listenAddress, 17) + CliText.Pad("manual", 8) + "up",
            Line(NetworkSettings.Ethernet, 0, network),
            Line(NetworkSettings.Wifi, 1, network),
        };
    }

    // The board's interfaces are configured here but only applied on the board.
    private static string Line(string name, int i, NetworkSettings network) =>
        CliText.Pad(name, 14) + CliText.Pad(network.UseDhcp[i] ? "unassigned" : network.Addresses[i] == 0 ? "unassigned" : Ipv4.Format(network.Addresses[i]), 17)
        + CliText.Pad(network.UseDhcp[i] ? "DHCP" : "manual", 8) + "not on a PC";
}
