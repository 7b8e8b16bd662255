using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The console on a terminal, as IOS's: keys are edited into a line (<see cref="LineEditor"/>),
    /// walked through the mode's history, completed with Tab and helped with '?', and the line is
    /// run by the <see cref="CliEngine"/>. Long output pages at " --More-- ". Log and debug lines
    /// from other threads print at once on lines of their own, and the prompt with the half-typed
    /// line comes back once after the burst (IOS's <c>logging synchronous</c>), when the platform
    /// calls <see cref="RestorePrompt"/> or a key is typed. Secrets are not echoed.
    /// </summary>
    public sealed class ConsoleSession : ILogListener
    {
        private const byte CtrlA = 1;
        private const byte CtrlB = 2;
        private const byte CtrlC = 3;
        private const byte CtrlD = 4;
        private const byte CtrlE = 5;
        private const byte CtrlF = 6;
        private const byte Backspace = 8;
        private const byte Tab = 9;
        private const byte CtrlK = 11;
        private const byte CtrlL = 12;
        private const byte CtrlN = 14;
        private const byte CtrlP = 16;
        private const byte CtrlR = 18;
        private const byte CtrlU = 21;
        private const byte CtrlW = 23;
        private const byte CtrlX = 24;
        private const byte CtrlZ = 26;
        private const byte Delete = 127;

        private readonly CliEngine _engine;
        private readonly ICliOutput _output;
        private readonly bool _echo;
        private readonly object _sync = new object();
        private readonly LineEditor _line = new LineEditor();
        private readonly KeyDecoder _keys = new KeyDecoder();
        private readonly MorePager _pager = new MorePager();
        private bool _afterCr;
        private bool _executing;
        private bool _promptOwed;

        /// <param name="echo">
        /// True on a raw terminal (a serial line, the emulator's own terminal): the session echoes
        /// and edits. False when the terminal edits and echoes lines itself (a pipe, a cooked tty).
        /// </param>
        public ConsoleSession(CliEngine engine, ICliOutput output, bool echo)
        {
            _engine = engine;
            _output = output;
            _echo = echo;
        }

        /// <summary>Prints the first prompt.</summary>
        public void Start()
        {
            lock (_sync)
            {
                _output.Write(_engine.StartNotice() + CliText.NewLine + _engine.Prompt);
            }
        }

        /// <summary>Handles bytes typed on the console.</summary>
        public void Receive(byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                for (int i = offset; i < offset + count; i++)
                {
                    int key = _keys.Next(buffer[i]);
                    if (key == KeyDecoder.None)
                    {
                        continue;
                    }
                    if (key == '\n' && _afterCr)
                    {
                        _afterCr = false;
                        continue;
                    }
                    _afterCr = key == '\r';
                    RestoreOwedPrompt();
                    if (_pager.Waiting)
                    {
                        _output.Write(_pager.Key(key) + (_pager.Waiting ? "" : _engine.Prompt));
                        continue;
                    }
                    Key(key);
                }
            }
        }

        /// <summary>
        /// Prints a log or debug line on a line of its own below what is on the screen. Events
        /// caused by the command being run are not printed: its own output says it.
        /// </summary>
        public void Logged(string line)
        {
            lock (_sync)
            {
                if (_executing)
                {
                    return;
                }
                _output.Write(CliText.NewLine + line);
                _promptOwed = true;
            }
        }

        /// <summary>After a burst of log lines: the prompt and the half-typed line again, once.</summary>
        public void RestorePrompt()
        {
            lock (_sync)
            {
                RestoreOwedPrompt();
            }
        }

        private void RestoreOwedPrompt()
        {
            if (_promptOwed)
            {
                _promptOwed = false;
                _output.Write(CliText.NewLine + (_pager.Waiting ? MorePager.More : _engine.Prompt + Redraw()));
            }
        }

        private void Key(int key)
        {
            switch (key)
            {
                case '\r':
                case '\n':
                    EndOfLine();
                    return;
                case CtrlC:
                    Echo(_engine.WantsSecret ? "" : _line.End());
                    _line.Clear();
                    _engine.Cancel();
                    _output.Write("^C" + CliText.NewLine + _engine.Prompt);
                    return;
                case CtrlZ:
                    Echo(_engine.WantsSecret ? "" : _line.End());
                    _line.Clear();
                    _engine.End();
                    _output.Write("^Z" + CliText.NewLine + _engine.Prompt);
                    return;
                case Backspace:
                case Delete:
                    Echo(_line.Backspace());
                    return;
                case CtrlU:
                case CtrlX:
                    Echo(_line.DeleteToStart());
                    return;
            }
            if (_engine.WantsSecret)
            {
                // A secret is typed blind: no editing keys, nothing recalled or completed.
                if (key >= 32 && key <= 126)
                {
                    _line.Insert((char)key);
                }
                return;
            }
            switch (key)
            {
                case CtrlA:
                case KeyDecoder.Home:
                    Echo(_line.Home());
                    return;
                case CtrlE:
                case KeyDecoder.End:
                    Echo(_line.End());
                    return;
                case CtrlB:
                case KeyDecoder.Left:
                    Echo(_line.Left());
                    return;
                case CtrlF:
                case KeyDecoder.Right:
                    Echo(_line.Right());
                    return;
                case CtrlD:
                case KeyDecoder.Delete:
                    Echo(_line.DeleteUnder());
                    return;
                case CtrlK:
                    Echo(_line.DeleteToEnd());
                    return;
                case CtrlW:
                    Echo(_line.DeleteWord());
                    return;
                case CtrlP:
                case KeyDecoder.Up:
                    Recall(History().Older());
                    return;
                case CtrlN:
                case KeyDecoder.Down:
                    Recall(History().Newer());
                    return;
                case CtrlL:
                case CtrlR:
                    Echo(CliText.NewLine + _engine.Prompt + Redraw());
                    return;
                case Tab:
                    Complete();
                    return;
                case '?':
                    Help();
                    return;
            }
            if (key >= 32 && key <= 126)
            {
                Echo(_line.Insert((char)key));
            }
        }

        private CommandHistory History()
        {
            return _engine.Terminal.HistoryOf(_engine.Mode);
        }

        private void Recall(string line)
        {
            Echo(line == null ? LineEditor.Bell : _line.Replace(line));
        }

        // IOS: a unique keyword is spelled out; otherwise the line is shown again on a new line.
        private void Complete()
        {
            string completed = _engine.Asking ? null : _engine.Complete(_line.Text);
            if (completed != null)
            {
                Echo(_line.Replace(completed));
            }
            else
            {
                Echo(CliText.NewLine + _engine.Prompt + Redraw());
            }
        }

        private void Help()
        {
            if (_engine.Asking)
            {
                Echo(_line.Insert('?'));
                return;
            }
            string typed = _line.Text;
            _output.Write((_echo ? _line.End() + "?" : "") + CliText.NewLine + _engine.Help(typed) + CliText.NewLine + _engine.Prompt + typed);
        }

        private void EndOfLine()
        {
            string line = _line.Text;
            _line.Clear();
            Echo(CliText.NewLine);
            if (!_engine.Asking && line.Trim().Length > 0)
            {
                History().Add(line.Trim());
            }
            var collected = new TextCollector();
            _executing = true;
            try
            {
                _engine.Execute(line, collected);
            }
            finally
            {
                _executing = false;
            }
            History().Rewind();
            string output = collected.Take();
            output = _echo ? _pager.Show(output, _engine.Terminal.Length) : output;
            _output.Write(_pager.Waiting ? output : output + _engine.Prompt);
        }

        // The line as typed (nothing for a secret), with the cursor put back where it was.
        private string Redraw()
        {
            if (_engine.WantsSecret)
            {
                return "";
            }
            return _line.Text + new string('\b', _line.Length - _line.Cursor);
        }

        private void Echo(string text)
        {
            if (_echo && text.Length > 0)
            {
                _output.Write(text);
            }
        }
    }
}
