using System.IO;
using System.Threading;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// Feeds a console session from a byte stream (the UART on the board, a serial device or
    /// standard input on a PC) in its own thread, and writes the session's output back through
    /// a <see cref="ConsoleOutputQueue"/>, so services never wait on an unread console. Log and
    /// debug lines pass through it to the session; once they stop coming for
    /// <see cref="BurstEndMilliseconds"/>, it has the session show its prompt again, once per
    /// burst (IOS's <c>logging synchronous</c>).
    /// </summary>
    public sealed class ConsoleStreamService : ICliOutput, ILogListener
    {
        /// <summary>A pause in log lines this long ends a burst: long beside one SMTP reply's trace, short to a person.</summary>
        public const int BurstEndMilliseconds = 150;

        private readonly Stream _input;
        private readonly ConsoleOutputQueue _output;
        private readonly AutoResetEvent _logged = new AutoResetEvent(false);
        private ConsoleSession _session;

        public ConsoleStreamService(Stream input, Stream output)
        {
            _input = input;
            _output = new ConsoleOutputQueue(output);
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
                var reader = new Thread(Read);
                _output.WaitsFor(reader);
                reader.Start();
                new Thread(RestorePrompts).Start();
            }
        }

        /// <summary>A log or debug line, from any thread.</summary>
        public void Logged(string line)
        {
            ConsoleSession session = _session;
            if (session == null)
            {
                Write("\r\n" + line);
                return;
            }
            session.Logged(line);
            _logged.Set();
        }

        public void Write(string text)
        {
            _output.Add(Core.Text.Ascii.GetBytes(text));
        }

        /// <summary>Waits until what was written has reached the terminal, at most <paramref name="milliseconds"/>.</summary>
        public void Drain(int milliseconds)
        {
            _output.Drain(milliseconds);
        }

        // Its own thread, never the writer's or the reader's: restoring takes the session's lock,
        // which the reader may hold while it waits for room in the output queue.
        private void RestorePrompts()
        {
            while (true)
            {
                _logged.WaitOne();
                while (_logged.WaitOne(BurstEndMilliseconds, false))
                {
                }
                _session.RestorePrompt();
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
                _output.Resume();
                _session.Receive(buffer, 0, n);
            }
        }
    }
}
