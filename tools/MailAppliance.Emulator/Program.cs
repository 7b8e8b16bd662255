using System;
using System.IO;
using System.IO.Ports;
using MailAppliance.Platform.Network;
using MailAppliance.Platform.Storage;

namespace MailAppliance.Emulator;

/// <summary>
/// Runs the appliance on a PC until SIGTERM, Ctrl-\ on its terminal (where Ctrl-C aborts a line,
/// as on IOS) or Ctrl-C when standard input is not a terminal; <c>reload</c> on the console
/// restarts it in place.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = EmulatorOptions.Parse(args, out string error);
        if (options == null)
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine(EmulatorOptions.Usage);
            return 2;
        }
        if (options.Help)
        {
            Console.WriteLine(EmulatorOptions.Usage);
            return 0;
        }
        PrivateFiles.Apply();
        StableStorage.Host = new FsyncStorage();
        SerialPort serial = null;
        ConsoleStreamService console = null;
        if (options.Serial != null)
        {
            try
            {
                // A write timeout, so a console nobody reads (an idle pty) cannot hold up the services.
                serial = new SerialPort(options.Serial, 115200, Parity.None, 8, StopBits.One) { WriteTimeout = 500 };
                serial.Open();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                Console.Error.WriteLine($"error: cannot open the serial console {options.Serial}: {e.Message}");
                return 2;
            }
            console = new ConsoleStreamService(serial.BaseStream, serial.BaseStream);
        }
        EmulatedAppliance appliance = null;
        bool stopped = false;
        RawTerminal terminal = null;
        if (serial == null)
        {
            // On a terminal, raw keys as on the serial line; from a pipe, lines as they come.
            terminal = RawTerminal.TryOpen(() =>
            {
                stopped = true;
                appliance?.Stop();
            });
            console = new ConsoleStreamService(terminal ?? Console.OpenStandardInput(), Console.OpenStandardOutput());
        }
        int code;
        do
        {
            appliance = new EmulatedAppliance(options, console, echo: serial != null || terminal != null);
            code = appliance.Run();
        }
        while (code == EmulatedAppliance.Reloaded && !stopped);
        console.Drain(2000);
        terminal?.Restore();
        serial?.Close();
        // The console thread may be blocked reading the terminal; it must not keep the process alive.
        Environment.Exit(code);
        return code;
    }
}
