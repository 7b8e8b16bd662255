using MailAppliance.Core.Tests.Fakes;

namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>
    /// Replays a console scenario (Console/Transcripts) as the terminal shows it. A line
    /// "PROMPT|typed" means the screen shows PROMPT, then the typed text is echoed; the player
    /// types it and presses Enter (no Enter when it ends in '?', which IOS answers at once).
    /// Other lines are what the appliance prints; "#" lines are comments. A last line "PROMPT|"
    /// is the final prompt. Typed as one burst (a paste) or one key at a time. Runs on .NET and
    /// nanoCLR alike.
    /// </summary>
    public static class ConsoleTranscript
    {
        public static void Run(string scenario, string[] lines, bool keyByKey)
        {
            var console = new ConsoleFixture();
            string expected = "\r\n";
            string typed = "";
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.StartsWith("#"))
                {
                    continue;
                }
                int bar = line.IndexOf('|');
                if (bar < 0)
                {
                    expected += line + "\r\n";
                    continue;
                }
                string keys = line.Substring(bar + 1);
                expected += line.Substring(0, bar) + keys;
                if (i == lines.Length - 1 && keys.Length == 0)
                {
                    break;
                }
                expected += "\r\n";
                typed += keys;
                if (!keys.EndsWith("?"))
                {
                    typed += "\r";
                }
            }
            if (keyByKey)
            {
                for (int i = 0; i < typed.Length; i++)
                {
                    console.Type(typed.Substring(i, 1));
                }
            }
            else
            {
                console.Type(typed);
            }
            Expect.Equal(expected, console.Take(), "console screen in " + scenario);
        }
    }
}
