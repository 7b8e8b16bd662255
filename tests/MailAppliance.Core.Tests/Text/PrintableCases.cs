using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Tests.Text
{
    /// <summary>Client text escaped for the teacher's terminal, on .NET and on nanoCLR alike.</summary>
    public static class PrintableCases
    {
        public static void EscapesEveryControl()
        {
            Expect.Equal("USER client1\\x1b[2J", Printable.Escape("USER client1\u001b[2J"), "ESC");
            Expect.Equal("a\\x0db\\x0ac\\x09d\\x7fe\\x9bf\\x01", Printable.Escape("a\rb\nc\td\u007fe\u009bf\u0001"), "CR, LF, TAB, DEL, 8-bit CSI, SOH");
            Expect.Equal("caf\u00e9 \u0416 ~", Printable.Escape("caf\u00e9 \u0416 ~"), "printable text beyond ASCII kept");
        }

        /// <summary>The common case, nothing to escape, allocates nothing.</summary>
        public static void KeepsCleanTextAsItIs()
        {
            string clean = "MAIL FROM:<client1@mail.com>";
            Expect.True((object)Printable.Escape(clean) == (object)clean, "the same instance");
        }

        /// <summary><c>debug pop3</c> shows what a client typed with its escape sequence escaped.</summary>
        public static void TheTraceShowsClientControlsEscaped()
        {
            var console = new LastLine();
            var trace = new TraceRouter(new FixedClock());
            trace.Sink = console;
            trace.Set(TraceRouter.Pop3, true);
            trace.Write("pop3 1", "C: USER client1\u001b[2J");
            Expect.Equal("Nov 26 10:00:00.000 pop3 1 C: USER client1\\x1b[2J", console.Line, "escaped on the console");
        }

        private sealed class LastLine : ILogListener
        {
            public string Line;

            public void Logged(string line)
            {
                Line = line;
            }
        }
    }
}
