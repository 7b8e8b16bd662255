namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The console line's own settings, IOS's <c>terminal</c> commands: how many lines a screen
    /// holds before " --More-- " and the command histories. They belong to the session, not to
    /// the configuration, so they are not saved (IOS saves them only under <c>line con 0</c>).
    /// </summary>
    internal sealed class TerminalLine
    {
        /// <summary>IOS's default screen length.</summary>
        public const int DefaultLength = 24;

        /// <summary>IOS's largest <c>terminal length</c>.</summary>
        public const int MaxLength = 512;

        public TerminalLine()
        {
            Length = DefaultLength;
            ExecHistory = new CommandHistory();
            ConfigHistory = new CommandHistory();
        }

        /// <summary>Lines a screen holds; 0 for no paging.</summary>
        public int Length { get; set; }

        public CommandHistory ExecHistory { get; private set; }

        public CommandHistory ConfigHistory { get; private set; }

        /// <summary>The history of <paramref name="mode"/>: EXEC's or configuration's, as IOS keeps them.</summary>
        public CommandHistory HistoryOf(CliMode mode)
        {
            return mode == CliMode.Exec || mode == CliMode.UserExec ? ExecHistory : ConfigHistory;
        }

        /// <summary>
        /// Runs a <c>terminal</c> command or <c>show history</c> (of <paramref name="mode"/>'s
        /// kind); false when the value is out of IOS's range.
        /// </summary>
        public bool Run(int action, string[] w, CliMode mode, ICliOutput output)
        {
            long number = 0;
            if (w.Length > 0)
            {
                Text.Numbers.TryParse(w[w.Length - 1], out number);
            }
            switch (action)
            {
                case CliAction.TerminalLength:
                    if (number > MaxLength)
                    {
                        output.Write("% Screen length: 0 (no pausing) to " + MaxLength + CliText.NewLine);
                        return false;
                    }
                    Length = (int)number;
                    return true;
                case CliAction.TerminalHistorySize:
                    if (number > CommandHistory.MaxSize)
                    {
                        output.Write("% History size: 0 to " + CommandHistory.MaxSize + CliText.NewLine);
                        return false;
                    }
                    SetHistorySize((int)number);
                    return true;
                case CliAction.TerminalHistory:
                    if (ExecHistory.Size == 0)
                    {
                        SetHistorySize(CommandHistory.DefaultSize);
                    }
                    return true;
                case CliAction.TerminalNoHistory:
                    SetHistorySize(0);
                    return true;
                default:
                    CommandHistory history = HistoryOf(mode);
                    var lines = new TextLines();
                    for (int i = 0; i < history.Count; i++)
                    {
                        lines.Add("  " + history[i]);
                    }
                    output.Write(lines.ToString());
                    return true;
            }
        }

        private void SetHistorySize(int size)
        {
            ExecHistory.Size = size;
            ConfigHistory.Size = size;
        }
    }
}
