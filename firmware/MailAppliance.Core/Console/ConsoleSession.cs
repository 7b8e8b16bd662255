using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The console on a raw serial line: echoes what is typed, edits the line (Backspace/DEL,
    /// Ctrl-U), Ctrl-C drops the line, Ctrl-Z leaves configuration mode, '?' helps at once,
    /// secrets are not echoed. Log and debug lines from other threads are printed between
    /// lines, then the prompt and the half-typed line come back, as on IOS.
    /// </summary>
    public sealed class ConsoleSession : ILogListener
    {
        /// <summary>Longest line kept; the rest of a longer one is dropped.</summary>
        public const int MaxLine = 512;

        private const byte CtrlC = 3;
        private const byte Backspace = 8;
        private const byte CtrlU = 21;
        private const byte CtrlZ = 26;
        private const byte Escape = 27;
        private const byte Delete = 127;

        private readonly CliEngine _engine;
        private readonly ICliOutput _output;
        private readonly bool _echo;
        private readonly object _sync = new object();
        private readonly char[] _line = new char[MaxLine];
        private int _length;
        private bool _afterCr;
        private bool _executing;
        private int _escape;

        /// <param name="echo">True on a serial line (the terminal does not echo); false on a PC terminal that does.</param>
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
                _output.Write(CliText.NewLine + _engine.Prompt);
            }
        }

        /// <summary>Handles bytes typed on the console.</summary>
        public void Receive(byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                for (int i = offset; i < offset + count; i++)
                {
                    Key(buffer[i]);
                }
            }
        }

        /// <summary>
        /// Prints a log or debug line on a line of its own, then restores what was being typed.
        /// Events caused by the command being run are not printed: its own output says it.
        /// </summary>
        public void Logged(string line)
        {
            lock (_sync)
            {
                if (_executing)
                {
                    return;
                }
                _output.Write(CliText.NewLine + line + CliText.NewLine + _engine.Prompt + Visible());
            }
        }

        private void Key(byte b)
        {
            // Arrow and function keys arrive as ESC [ X (or ESC O X): skipped, not typed.
            if (_escape > 0)
            {
                _escape = (_escape == 1 && (b == (byte)'[' || b == (byte)'O')) ? 2 : 0;
                return;
            }
            if (b == (byte)'\n' && _afterCr)
            {
                _afterCr = false;
                return;
            }
            _afterCr = b == (byte)'\r';
            switch (b)
            {
                case (byte)'\r':
                case (byte)'\n':
                    EndOfLine();
                    return;
                case Backspace:
                case Delete:
                    if (_length > 0)
                    {
                        _length--;
                        Echo(_engine.WantsSecret ? "" : "\b \b");
                    }
                    return;
                case CtrlU:
                    Echo(_engine.WantsSecret ? "" : Erase(_length));
                    _length = 0;
                    return;
                case CtrlC:
                    _length = 0;
                    _engine.Cancel();
                    _output.Write("^C" + CliText.NewLine + _engine.Prompt);
                    return;
                case CtrlZ:
                    _length = 0;
                    _engine.End();
                    _output.Write("^Z" + CliText.NewLine + _engine.Prompt);
                    return;
                case Escape:
                    _escape = 1;
                    return;
            }
            if (b == (byte)'?' && !_engine.WantsSecret)
            {
                string typed = new string(_line, 0, _length);
                _output.Write((_echo ? "?" : "") + CliText.NewLine + _engine.Help(typed) + _engine.Prompt + typed);
                return;
            }
            if (b < 32 || b > 126 || _length == MaxLine)
            {
                return;
            }
            _line[_length++] = (char)b;
            if (!_engine.WantsSecret)
            {
                Echo(((char)b).ToString());
            }
        }

        private void EndOfLine()
        {
            string line = new string(_line, 0, _length);
            _length = 0;
            Echo(CliText.NewLine);
            _executing = true;
            try
            {
                _engine.Execute(line, _output);
            }
            finally
            {
                _executing = false;
            }
            _output.Write(_engine.Prompt);
        }

        private string Visible()
        {
            return _engine.WantsSecret ? "" : new string(_line, 0, _length);
        }

        private static string Erase(int count)
        {
            string erase = "";
            for (int i = 0; i < count; i++)
            {
                erase += "\b \b";
            }
            return erase;
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
