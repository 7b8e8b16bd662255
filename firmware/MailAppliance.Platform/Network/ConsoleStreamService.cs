using System.IO;
using System.Threading;
using MailAppliance.Core.Console;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Feeds a console session from a byte stream (the UART on the board, a serial device or
    /// standard input on a PC) in its own thread, and writes the session's output back.
    /// </summary>
    public sealed class ConsoleStreamService : ICliOutput
    {
        private readonly Stream _input;
        private readonly Stream _output;
        private readonly object _sync = new object();
        private ConsoleSession _session;

        // Set when a write failed or timed out (nobody reads the terminal); output is dropped
        // until someone types again, so services never wait on an unread console.
        private bool _stalled;

        public ConsoleStreamService(Stream input, Stream output)
        {
            _input = input;
            _output = output;
        }

        /// <summary>
        /// Connects a session (after a reload, the new one) and prints its prompt; the first
        /// call starts the reading thread, which outlives reloads.
        /// </summary>
        public void Attach(ConsoleSession session)
        {
            bool first = _session == null;
            _session = session;
            session.Start();
            if (first)
            {
                new Thread(Read).Start();
            }
        }

        public void Write(string text)
        {
            byte[] bytes = Core.Text.Ascii.GetBytes(text);
            lock (_sync)
            {
                if (_stalled)
                {
                    return;
                }
                try
                {
                    _output.Write(bytes, 0, bytes.Length);
                    _output.Flush();
                }
                catch (System.Exception)
                {
                    // A terminal that went away or stopped reading (a write timeout).
                    _stalled = true;
                }
            }
        }

        private void Read()
        {
            var buffer = new byte[64];
            while (true)
            {
                int n;
                try
                {
                    n = _input.Read(buffer, 0, buffer.Length);
                }
                catch (IOException)
                {
                    return;
                }
                catch (System.ObjectDisposedException)
                {
                    return;
                }
                if (n <= 0)
                {
                    return; // end of input: the appliance keeps serving without a console.
                }
                _stalled = false;
                _session.Receive(buffer, 0, n);
            }
        }
    }
}
