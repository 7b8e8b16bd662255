using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dhcp;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The IOS-style command interpreter, sans-I/O: one line in, text out, acting on the
    /// appliance model at once. Modes and prompts, unambiguous prefixes, '?', IOS error forms,
    /// "no" and "do", confirmations, and the startup-config. The line editor in front of it
    /// (<see cref="ConsoleSession"/>) handles keys and echo.
    /// </summary>
    public sealed class CliEngine
    {
        private const string InvalidInput = "% Invalid input detected at '^' marker.";
        private const string IncompleteCommand = "% Incomplete command.";


        private readonly ApplianceModel _model;
        private readonly ICliHost _host;
        private readonly PoolEditor _pool;
        private readonly InterfaceEditor _interfaceEditor;
        private readonly ExecCommands _commands;

        private readonly PendingQuestion _question;
        private readonly ApplianceClock _clock;

        /// <param name="dhcp">The running DHCP server, or null when DHCP is off.</param>
        /// <param name="clock">The appliance's time, which clock set sets.</param>
        public CliEngine(ApplianceModel model, IMailStore store, ICliHost host, DnsZones zones, DhcpServer dhcp, TraceRouter trace, ApplianceClock clock)
        {
            _clock = clock;
            _model = model;
            _host = host;
            Dhcp = dhcp;
            _pool = new PoolEditor(model);
            _interfaceEditor = new InterfaceEditor(model);
            _commands = new ExecCommands(model, store, host, zones, trace, clock);
            _question = new PendingQuestion(model, store, host);
            Mode = model.EnableSecret != null ? CliMode.UserExec : CliMode.Exec;
            Terminal = new TerminalLine();
        }

        /// <summary>
        /// The command tree of a mode, built for each line and not kept: a mode's tree takes up to
        /// 12 KB of nanoCLR's heap (measured), an eighth of the board's, and a console line is rare
        /// beside the mail sessions that need the heap.
        /// </summary>
        private static CliNode Tree(CliMode mode) => CliGrammar.Build(mode);

        /// <summary>The DHCP server, when one runs (set late: it starts after the console).</summary>
        public DhcpServer Dhcp { get; set; }

        public CliMode Mode { get; private set; }

        /// <summary>The console line's screen length and command histories.</summary>
        internal TerminalLine Terminal { get; private set; }

        /// <summary>True while the engine waits for a secret, which the editor must not echo.</summary>
        public bool WantsSecret
        {
            get { return _question.WantsSecret; }
        }

        /// <summary>True while the next line answers a question (it is not kept in the history).</summary>
        public bool Asking
        {
            get { return _question.Pending; }
        }

        /// <summary>The prompt, or the pending question.</summary>
        public string Prompt
        {
            get
            {
                if (_question.Pending)
                {
                    return _question.Prompt;
                }
                return CliPrompt.Of(Mode, _model.HostName);
            }
        }

        /// <summary>What the console says before its first prompt: that write memory would fail, that the clock is not set.</summary>
        public string StartNotice()
        {
            string problem = _host == null ? null : _host.StartupConfigProblem();
            string notice = problem == null ? "" : CliText.NewLine + "% write memory will fail: " + problem;
            return notice + (_clock == null || _clock.IsSet ? "" : CliText.NewLine + ClockCommands.UnsetNotice);
        }

        /// <summary>Runs one line typed at the prompt (or the answer to a question).</summary>
        public void Execute(string line, ICliOutput output)
        {
            if (_question.Pending)
            {
                if (_question.Answer(line.Trim(), output))
                {
                    Mode = CliMode.Exec;
                }
                return;
            }
            Run(line, output, Prompt.Length);
        }

        /// <summary>Ctrl-Z or "end": back to privileged EXEC from any configuration mode.</summary>
        public void End()
        {
            _question.Drop();
            if (Mode != CliMode.UserExec)
            {
                Mode = CliMode.Exec;
            }
        }

        /// <summary>Ctrl-C: drops a pending question.</summary>
        public void Cancel()
        {
            _question.Drop();
        }

        /// <summary>What '?' prints for the line typed so far.</summary>
        public string Help(string line)
        {
            string filter;
            if (InExec && OutputFilter.Split(ref line, out filter))
            {
                return OutputFilter.Help(filter.TrimStart(' '));
            }
            StripNo(ref line);
            return CliHelp.For(Tree(Mode), line);
        }

        /// <summary>Tab: the line with its last word completed, or null when no single keyword fits.</summary>
        public string Complete(string line)
        {
            string filter;
            if (InExec && OutputFilter.Split(ref line, out filter))
            {
                string modifier = filter.TrimStart(' ');
                string completed = modifier.IndexOf(' ') < 0 ? OutputFilter.Complete(modifier) : null;
                return completed == null ? null : line + "| " + completed + " ";
            }
            string command = line;
            StripNo(ref command);
            string completion = CliHelp.Complete(Tree(Mode), command);
            return completion == null ? null : line.Substring(0, line.Length - command.Length) + completion;
        }

        /// <summary>
        /// Replays the saved configuration into the model at start-up. A line that fails is
        /// reported with its number and skipped; the rest still loads. With an enable secret in
        /// it the console then starts in user EXEC, as a router boots: whoever plugs into the
        /// serial port must give the secret first. Returns how many lines failed.
        /// </summary>
        public int Load(string config, ICliOutput errors)
        {
            Mode = CliMode.Config;
            // A replayed line's output is not shown: a failure is reported as a skipped line instead.
            var quiet = new TextCollector();
            string[] lines = config.Split('\n');
            int failed = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].TrimEnd('\r');
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '!' || trimmed == "end")
                {
                    continue;
                }
                if (!Run(trimmed, quiet, 0))
                {
                    failed++;
                    errors.Write("% startup-config line " + (i + 1) + " skipped: " + trimmed + CliText.NewLine);
                }
                if (Mode == CliMode.Exec)
                {
                    Mode = CliMode.Config;
                }
            }
            Mode = _model.EnableSecret != null ? CliMode.UserExec : CliMode.Exec;
            _question.Drop();
            return failed;
        }

        /// <summary>The running configuration.</summary>
        public string RunningConfig()
        {
            return ConfigWriter.Write(_model);
        }

        // False when the line was refused: not understood, or the command said why it cannot be done.
        private bool Run(string line, ICliOutput output, int caretBase)
        {
            string filterText;
            if (InExec && OutputFilter.Split(ref line, out filterText))
            {
                return RunFiltered(line, filterText, output, caretBase);
            }
            string command = line;
            bool negate = Mode != CliMode.UserExec && StripNo(ref command);
            int skipped = line.Length - command.Length;
            CliParse parse = CliParse.Match(Tree(Mode), command);
            // IOS leaves a sub-mode by itself when a global configuration command is typed there.
            if (parse.Result != CliParse.Ok && (Mode == CliMode.DhcpPool || Mode == CliMode.Interface))
            {
                CliParse global = CliParse.Match(Tree(CliMode.Config), command);
                if (global.Result == CliParse.Ok)
                {
                    Mode = CliMode.Config;
                    parse = global;
                }
            }
            switch (parse.Result)
            {
                case CliParse.Invalid:
                    output.Write(new string(' ', caretBase + skipped + parse.ErrorOffset) + "^" + CliText.NewLine + InvalidInput + CliText.NewLine);
                    return false;
                case CliParse.Incomplete:
                    output.Write(IncompleteCommand + CliText.NewLine);
                    return false;
                case CliParse.Ambiguous:
                    output.Write("% Ambiguous command:  \"" + line.Trim() + "\"" + CliText.NewLine);
                    return false;
            }
            if (parse.Action == CliAction.Do)
            {
                string exec = parse.Words[1];
                return RunDo(exec, output, caretBase + skipped + command.TrimEnd(' ').Length - exec.Length);
            }
            if (parse.Node.NoFormOnly && !negate)
            {
                output.Write(IncompleteCommand + CliText.NewLine);
                return false;
            }
            return parse.Action == 0 || Dispatch(parse.Action, parse.Words, negate, output);
        }

        // "do" runs an EXEC command from a configuration mode; its errors point into the line as typed.
        private bool RunDo(string exec, ICliOutput output, int caretBase)
        {
            CliMode mode = Mode;
            Mode = CliMode.Exec;
            bool done = Run(exec, output, caretBase);
            if (Mode == CliMode.Exec)
            {
                Mode = mode;
            }
            return done;
        }

        // Output filters are EXEC's (and "do"'s): in configuration a '|' is text ("ip host x txt a|b").
        private bool InExec
        {
            get { return Mode == CliMode.Exec || Mode == CliMode.UserExec; }
        }

        // A show command with "| include ..." after it: its output goes through the filter.
        private bool RunFiltered(string command, string filterText, ICliOutput output, int caretBase)
        {
            CliParse parse = CliParse.Match(Tree(Mode), command);
            if (parse.Result == CliParse.Ok && (parse.Words.Length == 0 || parse.Words[0] != "show"))
            {
                output.Write(new string(' ', caretBase + command.Length) + "^" + CliText.NewLine + InvalidInput + CliText.NewLine);
                return false;
            }
            string error;
            OutputFilter filter = OutputFilter.Parse(filterText, out error);
            if (filter == null)
            {
                output.Write(error + CliText.NewLine);
                return false;
            }
            var collected = new TextCollector();
            bool done = Run(command, collected, caretBase);
            output.Write(done ? filter.Apply(collected.Take()) : collected.Take());
            return done;
        }

        private static bool StripNo(ref string line)
        {
            string trimmed = line.TrimStart(' ');
            if (trimmed == "no" || trimmed.StartsWith("no "))
            {
                line = trimmed.Substring(2).TrimStart(' ');
                return true;
            }
            return false;
        }

        private bool Dispatch(int action, string[] w, bool no, ICliOutput output)
        {
            switch (action)
            {
                case CliAction.HabitAccepted:
                    return true;
                case CliAction.HabitRefused:
                    output.Write(HabitLines.Refusal(w[0]) + CliText.NewLine);
                    return false;
            }
            if (Mode == CliMode.Exec || Mode == CliMode.UserExec)
            {
                return Exec(action, w, no, output);
            }
            return Configure(action, w, no, output);
        }

        private bool Exec(int action, string[] w, bool no, ICliOutput output)
        {
            switch (action)
            {
                case CliAction.ConfigureTerminal:
                    output.Write("Enter configuration commands, one per line.  End with CNTL/Z." + CliText.NewLine);
                    Mode = CliMode.Config;
                    break;
                case CliAction.EraseStartup:
                    _question.Ask(CliQuestion.EraseStartup, null);
                    break;
                case CliAction.DeleteMailbox:
                    _question.Ask(CliQuestion.DeleteMailbox, w[2].ToLower());
                    break;
                case CliAction.Reload:
                    _question.Ask(RunningConfig() != _host.LoadStartupConfig() ? CliQuestion.SaveBeforeReload : CliQuestion.ProceedWithReload, null);
                    break;
                case CliAction.Enable:
                    if (_model.EnableSecret == null)
                    {
                        Mode = CliMode.Exec;
                    }
                    else if (Mode == CliMode.UserExec)
                    {
                        _question.Ask(CliQuestion.EnableSecret, null);
                    }
                    break;
                case CliAction.Disable:
                    Mode = CliMode.UserExec;
                    break;
                case CliAction.Logout:
                    // IOS ends the console session; the next one starts in user EXEC after RETURN.
                    output.Write(CliText.NewLine + _model.HostName + " con0 is now available" + CliText.NewLine + CliText.NewLine
                        + "Press RETURN to get started." + CliText.NewLine);
                    Mode = CliMode.UserExec;
                    _question.Ask(CliQuestion.PressReturn, null);
                    break;
                case CliAction.ShowHistory:
                case CliAction.TerminalLength:
                case CliAction.TerminalHistorySize:
                case CliAction.TerminalHistory:
                case CliAction.TerminalNoHistory:
                    return Terminal.Run(action, w, Mode, output);
                default:
                    return _commands.Run(action, w, no, Dhcp, output);
            }
            return true;
        }

        private bool Configure(int action, string[] w, bool no, ICliOutput output)
        {
            string error = null;
            switch (action)
            {
                case CliAction.End:
                    Mode = CliMode.Exec;
                    return true;
                case CliAction.Exit:
                    Mode = Mode == CliMode.Config ? CliMode.Exec : CliMode.Config;
                    return true;
                case CliAction.DhcpPool:
                    if (no)
                    {
                        return Report(_model.Dhcp.Remove(w[3]) ? null : "% Pool " + w[3] + " does not exist", output);
                    }
                    _pool.Open(w[3]);
                    Mode = CliMode.DhcpPool;
                    return true;
                case CliAction.Interface:
                    _interfaceEditor.Open(NetworkSettings.IndexOf(w[1]));
                    Mode = CliMode.Interface;
                    return true;
            }
            if (Mode == CliMode.DhcpPool)
            {
                error = _pool.Apply(action, w, no);
            }
            else if (Mode == CliMode.Interface)
            {
                error = _interfaceEditor.Apply(action, w, no);
            }
            else
            {
                error = ConfigCommands.Apply(_model, action, w, no);
            }
            return Report(error, output);
        }

        // Prints a command's error line, if it has one; true when it had none.
        private static bool Report(string error, ICliOutput output)
        {
            if (error != null)
            {
                output.Write(error + CliText.NewLine);
            }
            return error == null;
        }
    }
}
