using MailAppliance.Core.Appliance;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Appliance
{
    /// <summary>The 4 KB log ring behind <c>show logging</c>, on .NET and on nanoCLR alike.</summary>
    public static class EventLogCases
    {
        public static void KeepsLinesOldestFirst()
        {
            var log = new EventLog();
            Expect.Equal(0, log.Lines.Length, "empty at start");
            log.Add("one");
            log.Add("two");
            string[] lines = log.Lines;
            Expect.Equal(2, lines.Length, "two kept");
            Expect.Equal("one", lines[0], "oldest first");
            Expect.Equal("two", lines[1], "newest last");
        }

        /// <summary>Filled many times over, it keeps the newest lines that fit in 4096 bytes, each whole.</summary>
        public static void DropsTheOldestWhenFull()
        {
            var log = new EventLog();
            // 99 characters + LF: 40 lines fill 4000 bytes, the 41st drops the 1st.
            for (int i = 0; i < 1000; i++)
            {
                log.Add(Line(i));
            }
            string[] lines = log.Lines;
            Expect.Equal(40, lines.Length, "as many as fit");
            Expect.Equal(40, log.Count, "the count agrees");
            Expect.Equal(Line(960), lines[0], "the oldest kept");
            Expect.Equal(Line(999), lines[39], "the newest");
            log.Add("short");
            Expect.Equal(41, log.Count, "a short line fits in the 96 bytes left");
            Expect.Equal(Line(960), log.Lines[0], "nothing dropped for it");
            log.Add(Line(1000));
            Expect.Equal(41, log.Count, "a long line drops the oldest");
            Expect.Equal(Line(961), log.Lines[0], "the oldest kept now");
            Expect.Equal("short", log.Lines[39], "the short line still there");
        }

        /// <summary>A line that would end one byte past the ring drops the oldest; 32 lines of 128 bytes fill it exactly.</summary>
        public static void FillsTheRingToTheLastByte()
        {
            var log = new EventLog();
            log.Add("");
            string full = new string('f', 127);
            for (int i = 0; i < 31; i++)
            {
                log.Add(full);
            }
            Expect.Equal(32, log.Count, "3,969 bytes held");
            log.Add(full);
            string[] lines = log.Lines;
            Expect.Equal(32, lines.Length, "the empty line made room for the last byte's LF");
            Expect.Equal(full, lines[0], "the first long line is the oldest now");
            Expect.Equal(full, lines[31], "the newest whole");
        }

        /// <summary>Controls are escaped (one event, one line, nothing for the terminal to obey); a line longer than the ring keeps its start.</summary>
        public static void KeepsEachEventOnOneLine()
        {
            var log = new EventLog();
            log.Add("smtp: from <a\r\nb> c \u0416");
            Expect.Equal("smtp: from <a\\x0d\\x0ab> c ?", log.Lines[0], "controls and a character beyond Latin-1");
            string huge = new string('x', 5000);
            log.Add(huge);
            string[] lines = log.Lines;
            Expect.Equal(1, lines.Length, "the huge line alone");
            Expect.Equal(EventLog.BufferBytes - 1, lines[0].Length, "cut to the ring");
            log.Add("after");
            Expect.Equal("after", log.Lines[0], "the huge line made room");
        }

        private static string Line(int n)
        {
            string number = n.ToString();
            return number + new string('.', 99 - number.Length);
        }
    }
}
