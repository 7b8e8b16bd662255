using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Console
{
    /// <summary>
    /// IOS enhanced editing, key by key, as a serial terminal receives it: every screen is the
    /// exact bytes the console sent ("\b" moves left, " " blanks, "\a" rings). On .NET and nanoCLR.
    /// </summary>
    public static class ConsoleEditingCases
    {
        private const string Up = "\x1b[A";
        private const string Down = "\x1b[B";
        private const string Right = "\x1b[C";
        private const string Left = "\x1b[D";

        private static ConsoleFixture Fresh()
        {
            var console = new ConsoleFixture();
            console.Take();
            return console;
        }

        /// <summary>Left / Right, Ctrl-B / Ctrl-F move; a key typed in the middle redraws the rest of the line.</summary>
        public static void InsertionInTheMiddleRedrawsTheTail()
        {
            var console = Fresh();
            console.Type("show usrs" + Left + Left);
            Expect.Equal("show usrs\b\b", console.Take(), "two left");
            console.Type("e");
            Expect.Equal("ers\b\b", console.Take(), "e inserted, 'rs' redrawn, the cursor back before it");
            console.Type(Right + "\x06\x02\x02");
            Expect.Equal("rs\b\b", console.Take(), "Right, Ctrl-F, then Ctrl-B twice");
            console.Type("\r");
            Expect.True(console.Take().StartsWith("\r\nUser"), "the line run is 'show users'");
        }

        /// <summary>Ctrl-A and Ctrl-E (and Home / End) jump; Ctrl-D deletes under the cursor, Backspace before it.</summary>
        public static void JumpsAndDeletes()
        {
            var console = Fresh();
            console.Type("xshow hosts\x01");
            Expect.Equal("xshow hosts" + new string('\b', 11), console.Take(), "Ctrl-A: to the start");
            console.Type("\x04");
            Expect.Equal("show hosts \b\b\b\b\b\b\b\b\b\b\b", console.Take(), "Ctrl-D: 'x' gone, the line drawn again and its old last cell blanked");
            console.Type("\x05\x7f");
            Expect.Equal("show hosts\b \b", console.Take(), "Ctrl-E then DEL");
            console.Type("\x1b[H\x1b[3~\x1b[F");
            Expect.Equal(new string('\b', 9) + "how host \b\b\b\b\b\b\b\b\b" + "how host", console.Take(), "Home, the Delete key, End");
            console.Type("\x01\x04\x04\x04\x04\x04\x04\x04\x04\x04");
            Expect.True(console.Take().EndsWith("\a"), "Ctrl-D on an empty line rings");
            console.Type("abc" + Left + Left + "\x03");
            Expect.Equal("abc\b\bbc^C\r\nMailAppliance#", console.Take(), "Ctrl-C in the middle: to the end first, as IOS");
        }

        /// <summary>Ctrl-W deletes the word before the cursor; Ctrl-K to the end; Ctrl-U to the start.</summary>
        public static void WordAndLineDeletes()
        {
            var console = Fresh();
            console.Type("show ip dhcp binding\x17");
            Expect.Equal("show ip dhcp binding" + new string('\b', 7) + new string(' ', 7) + new string('\b', 7), console.Take(), "Ctrl-W: 'binding' gone");
            console.Type("\x17\x17");
            Expect.Equal("\b\b\b\b\b     \b\b\b\b\b" + "\b\b\b   \b\b\b", console.Take(), "two more words: 'dhcp ' and 'ip '");
            console.Type("users" + Left + Left + "\x0b");
            Expect.Equal("users\b\b  \b\b", console.Take(), "Ctrl-K: 'rs' blanked");
            console.Type("\x15");
            Expect.Equal(new string('\b', 8) + new string(' ', 8) + new string('\b', 8), console.Take(), "Ctrl-U: all before the cursor");
        }

        /// <summary>Up / Ctrl-P walk back through the mode's commands, Down / Ctrl-N forward to an empty line; the ends ring.</summary>
        public static void HistoryWalksTheModesCommands()
        {
            var console = Fresh();
            ConsoleCases.Type(console, new string[] { "show hosts", "show users" });
            console.Take();
            console.Type(Up);
            Expect.Equal("show users", console.Take(), "Up: the last command");
            console.Type("\x10");
            Expect.Equal("\b\b\b\b\b\b\b\b\b\bshow hosts", console.Take(), "Ctrl-P: the one before, drawn over it");
            console.Type(Up);
            Expect.Equal("\a", console.Take(), "the oldest: the bell");
            console.Type(Down + "\x0e");
            Expect.Equal("\b\b\b\b\b\b\b\b\b\bshow users" + "\b\b\b\b\b\b\b\b\b\b" + "          " + "\b\b\b\b\b\b\b\b\b\b", console.Take(), "Down, then Ctrl-N to an empty line");
            console.Type("configure terminal\r");
            console.Take();
            console.Type(Up);
            Expect.Equal("\a", console.Take(), "configuration mode keeps its own history");
            console.Type("hostname lab\r\x1a" + Up);
            Expect.True(console.Take().EndsWith("lab#configure terminal"), "back in EXEC: EXEC's history");
        }

        /// <summary>terminal history size N keeps N; show history lists the mode's history, itself included.</summary>
        public static void HistorySizeAndShowHistory()
        {
            var console = Fresh();
            string[] eleven = { "show hosts", "show users", "show version", "show clock", "show logging", "show hosts", "show users", "show version", "show clock", "show logging" };
            ConsoleCases.Type(console, eleven);
            ConsoleCases.Type(console, new string[] { "show history" });
            string kept = console.Take();
            Expect.True(kept.EndsWith("show history\r\n  show users\r\n  show version\r\n  show clock\r\n  show logging\r\n  show hosts\r\n  show users\r\n  show version\r\n  show clock\r\n  show logging\r\n  show history\r\nMailAppliance#"), "IOS's default: the last 10: " + kept);
            ConsoleCases.Type(console, new string[] { "terminal history size 3", "show hosts", "show users", "show version", "show history" });
            string screen = console.Take();
            Expect.True(screen.EndsWith("show history\r\n  show users\r\n  show version\r\n  show history\r\nMailAppliance#"), "the last three: " + screen);
            ConsoleCases.Type(console, new string[] { "terminal history size 300" });
            Expect.True(console.Take().Contains("% History size: 0 to 256"), "IOS's range");
            ConsoleCases.Type(console, new string[] { "terminal no history" });
            console.Take();
            console.Type(Up);
            Expect.Equal("\a", console.Take(), "no history kept");
        }

        /// <summary>Tab spells out a unique keyword; when several fit (or none) the line is shown again.</summary>
        public static void TabCompletesUniqueKeywords()
        {
            var console = Fresh();
            console.Type("sh\t");
            Expect.Equal("sh\b\bshow ", console.Take(), "sh: show");
            console.Type("ip d\t");
            Expect.Equal("ip d" + new string('\b', 9) + "show ip dhcp ", console.Take(), "ip d: dhcp");
            console.Type("b\t");
            Expect.True(console.Take().EndsWith("show ip dhcp binding "), "b: binding");
            console.Type("\x15" + "c\t");
            Expect.True(console.Take().EndsWith("c\r\nMailAppliance#c"), "c: clear, configure, copy: the line again");
            console.Type("\x15" + "no deb\t");
            Expect.True(console.Take().EndsWith("no debug "), "after no");
            console.Type("\x15" + "show users | in\t");
            Expect.True(console.Take().EndsWith("show users | include "), "an output modifier");
        }

        /// <summary>A secret is typed blind: no echo, and history keys type nothing.</summary>
        public static void SecretsAreTypedBlind()
        {
            var console = Fresh();
            ConsoleCases.Type(console, new string[] { "configure terminal", "enable secret s3cret", "end", "disable" });
            console.Take();
            console.Type("enable\r" + "s3c" + Up + "ret\r");
            Expect.Equal("enable\r\nPassword: \r\nMailAppliance#", console.Take(), "arrow keys in a secret are ignored");
            console.Type(Up);
            Expect.Equal("enable", console.Take(), "the secret is not in the history; the command is");
        }

        /// <summary>Output longer than the screen stops at --More--: Space a page, Enter a line, q ends; terminal length 0 does not page.</summary>
        public static void LongOutputPages()
        {
            var lab = Fresh();
            ConsoleCases.Type(lab, ConsoleCases.LabConfiguration);
            lab.Take();
            lab.Type("show running-config\r");
            string screen = lab.Take();
            Expect.Equal(24, Lines(screen), "IOS's default length: the command's line and 23 of output, then --More-- on the 24th");
            Expect.True(screen.EndsWith(" --More-- "), "the pager at the default length");
            var console = Fresh();
            ConsoleCases.Type(console, new string[] { "terminal length 5" });
            console.Take();
            console.Type("show running-config\r");
            string first = console.Take();
            Expect.True(first.EndsWith("\r\n --More-- "), "a page and the pager: " + first);
            Expect.Equal(5, Lines(first), "the command's line and four of output, then --More-- on the fifth");
            console.Type("\r");
            string line = console.Take();
            Expect.Equal(1, Lines(line), "Enter: one more line");
            Expect.True(line.StartsWith("\b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b"), "--More-- erased first");
            console.Type(" ");
            Expect.Equal(4, Lines(console.Take()), "Space: one more page");
            console.Type("q");
            Expect.Equal("\b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\bMailAppliance#", console.Take(), "q: the prompt");
            ConsoleCases.Type(console, new string[] { "terminal length 0", "show running-config" });
            Expect.True(!console.Take().Contains("--More--") , "length 0: no pager");
        }

        /// <summary>| include, exclude, begin and section on show commands; a '|' elsewhere is refused, and in configuration it is text.</summary>
        public static void ShowOutputFilters()
        {
            var console = Fresh();
            ConsoleCases.Type(console, ConsoleCases.LabConfiguration);
            ConsoleCases.Type(console, new string[] { "terminal length 0" });
            console.Take();
            ConsoleCases.Type(console, new string[] { "show running-config | include ^ip dhcp pool" });
            Expect.Equal("show running-config | include ^ip dhcp pool\r\nip dhcp pool lab\r\nip dhcp pool backend\r\nip dhcp pool printer\r\nlab-mail#", console.Take(), "include, anchored");
            ConsoleCases.Type(console, new string[] { "show running-config | section pool backend" });
            Expect.Equal("ip dhcp pool backend\r\n network 192.168.2.0 255.255.255.0\r\n default-router 192.168.2.1\r\n domain-name mt.com\r\n", Body(console.Take()), "section: the pool and its lines");
            ConsoleCases.Type(console, new string[] { "show running-config | include _mt.com$|^hostname" });
            Expect.Equal("hostname lab-mail\r\nmail domain mt.com\r\n domain-name mt.com\r\n", Body(console.Take()), "alternatives, a word boundary, the end");
            ConsoleCases.Type(console, new string[] { "show running-config | exclude ^ |!|^ip|^no ip|^user|^mail|^host|^end|^interface|^enable|^Building|^Current|^$" });
            Expect.Equal("", Body(console.Take()), "exclude");
            ConsoleCases.Type(console, new string[] { "show running-config | begin ^interface wifi0" });
            Expect.True(Body(console.Take()).StartsWith("interface wifi0\r\n ip address dhcp\r\n"), "begin");
            ConsoleCases.Type(console, new string[] { "configure terminal | include x" });
            Expect.True(console.Take().Contains("                   ^\r\n% Invalid input detected at '^' marker."), "only show commands filter");
            ConsoleCases.Type(console, new string[] { "show users | grep x" });
            Expect.True(console.Take().Contains("% Invalid output modifier: 'grep'"), "an unknown modifier");
            ConsoleCases.Type(console, new string[] { "configure terminal", "ip host mt.com txt a|b", "do show running-config | include txt", "end" });
            Expect.True(console.Take().Contains("\r\nip host mt.com txt a|b\r\n"), "in configuration '|' is text, and do filters");
        }

        /// <summary>Debug and log lines print at once without a prompt each; the prompt and the half-typed line come back once.</summary>
        public static void LogLinesRestoreThePromptOnce()
        {
            var console = Fresh();
            console.Type("show us" + Left);
            console.Take();
            console.Model.Log.Add("one");
            console.Model.Log.Add("two");
            string burst = console.Take();
            Expect.True(burst.EndsWith(" one\r\n") == false && burst.IndexOf("MailAppliance#") < 0, "no prompt between the lines: " + burst);
            console.Session.RestorePrompt();
            Expect.Equal("\r\nMailAppliance#show us\b", console.Take(), "the prompt, the line and the cursor, once");
            console.Session.RestorePrompt();
            Expect.Equal("", console.Take(), "only once");
            console.Model.Log.Add("three");
            console.Take();
            console.Type("e");
            Expect.Equal("\r\nMailAppliance#show us\b" + "es\b", console.Take(), "a key brings the prompt back before it is echoed");
        }

        private static int Lines(string screen)
        {
            int count = 0;
            for (int at = screen.IndexOf('\n'); at >= 0; at = screen.IndexOf('\n', at + 1))
            {
                count++;
            }
            return count;
        }

        // The output between the command's echo line and the prompt.
        private static string Body(string screen)
        {
            int start = screen.IndexOf("\r\n") + 2;
            int end = screen.LastIndexOf("\r\n") + 2;
            return end > start ? screen.Substring(start, end - start) : "";
        }
    }
}
