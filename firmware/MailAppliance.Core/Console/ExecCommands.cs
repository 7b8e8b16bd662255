using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The privileged EXEC commands that report or act without changing the console's mode:
    /// the show commands, write memory, debug and undebug, clear ip dhcp binding.
    /// <see cref="CliEngine"/> keeps the ones that move it between modes or ask a question.
    /// </summary>
    internal sealed class ExecCommands
    {
        private readonly ApplianceModel _model;
        private readonly IMailStore _store;
        private readonly ICliHost _host;
        private readonly DnsZones _zones;
        private readonly TraceRouter _trace;
        private readonly ApplianceClock _clock;

        public ExecCommands(ApplianceModel model, IMailStore store, ICliHost host, DnsZones zones, TraceRouter trace, ApplianceClock clock)
        {
            _clock = clock;
            _model = model;
            _store = store;
            _host = host;
            _zones = zones;
            _trace = trace;
        }

        /// <summary>Runs one command (words as matched); false when it said why it could not be done.</summary>
        public bool Run(int action, string[] w, bool no, DhcpServer dhcp, ICliOutput output)
        {
            switch (action)
            {
                case CliAction.ShowRunning:
                    output.Write("Building configuration..." + CliText.NewLine + CliText.NewLine + "Current configuration:" + CliText.NewLine + ConfigWriter.Write(_model));
                    break;
                case CliAction.ShowStartup:
                    string startup = _host.LoadStartupConfig();
                    output.Write(startup ?? "startup-config is not present" + CliText.NewLine);
                    break;
                case CliAction.ShowVersion:
                    var version = new TextLines();
                    version.AddAll(_host.VersionLines());
                    output.Write(version.ToString());
                    break;
                case CliAction.ShowUsers:
                    output.Write(ShowCommands.Users(_model, _store));
                    break;
                case CliAction.ShowMailbox:
                    output.Write(ShowCommands.Mailbox(_model, _store, w[2]));
                    break;
                case CliAction.ShowHttpServer:
                    output.Write(ShowCommands.HttpServer(_model));
                    break;
                case CliAction.ShowHosts:
                    output.Write(ShowCommands.Hosts(_model, _zones));
                    break;
                case CliAction.ShowDhcpBinding:
                    output.Write(ShowCommands.DhcpBindings(dhcp, dhcp == null ? 0 : dhcp.Now()));
                    break;
                case CliAction.ShowDhcpPool:
                    output.Write(ShowCommands.DhcpPools(_model, dhcp));
                    break;
                case CliAction.ShowInterfaces:
                    var brief = new TextLines();
                    brief.Add(CliText.Pad("Interface", 14) + CliText.Pad("IP-Address", 17) + CliText.Pad("Method", 8) + "Status");
                    brief.AddAll(_host.InterfaceLines());
                    output.Write(brief.ToString());
                    break;
                case CliAction.ShowStatistics:
                    output.Write(ShowCommands.Statistics(_model, _trace.Enabled));
                    break;
                case CliAction.ShowLogging:
                    output.Write(ShowCommands.Logging(_model));
                    break;
                case CliAction.WriteMemory:
                    output.Write("Building configuration..." + CliText.NewLine);
                    bool saved = _host.SaveStartupConfig(ConfigWriter.Write(_model));
                    output.Write((saved ? "[OK]" : "% The startup-config cannot be written; nothing was saved") + CliText.NewLine);
                    return saved;
                case CliAction.Debug:
                    Debug(w[1], !no, output);
                    break;
                case CliAction.Undebug:
                    _trace.SetAll(false);
                    output.Write("All possible debugging has been turned off" + CliText.NewLine);
                    break;
                case CliAction.ClearBinding:
                    return ClearBinding(dhcp, w[4], output);
                case CliAction.ClockSet:
                    return ClockCommands.Set(_clock, w, output);
                case CliAction.ShowClock:
                    output.Write(ClockCommands.Show(_clock));
                    break;
            }
            return true;
        }

        private void Debug(string protocol, bool on, ICliOutput output)
        {
            if (protocol == "all")
            {
                _trace.SetAll(on);
                output.Write((on ? "All possible debugging has been turned on" : "All possible debugging has been turned off") + CliText.NewLine);
                return;
            }
            _trace.Set(protocol, on);
            output.Write(protocol.ToUpper() + " debugging is " + (on ? "on" : "off") + CliText.NewLine);
        }

        private static bool ClearBinding(DhcpServer dhcp, string which, ICliOutput output)
        {
            if (dhcp == null)
            {
                output.Write("% The DHCP server is not running" + CliText.NewLine);
                return false;
            }
            uint address = 0;
            if (which != "*")
            {
                Ipv4.TryParse(which, out address);
            }
            if (dhcp.Clear(address) == 0 && address != 0)
            {
                output.Write("% No binding for " + which + CliText.NewLine);
                return false;
            }
            return true;
        }
    }
}
