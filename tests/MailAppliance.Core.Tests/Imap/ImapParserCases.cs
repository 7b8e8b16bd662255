using MailAppliance.Core.Imap;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Imap
{
    /// <summary>IMAP command reading (RFC 3501 §9, RFC 7888): what clients send, and what must be refused. On .NET and nanoCLR.</summary>
    public static class ImapParserCases
    {
        /// <summary>Atoms, quoted strings with their two escapes, lists, and a section read whole.</summary>
        public static void CommandsAsClientsSendThem()
        {
            Expect.Equal("a1 CAPABILITY", Read("a1 CAPABILITY"), "no arguments");
            Expect.Equal("a2 LOGIN alice \"pa ss\"word\\\"", Read("a2 login alice \"pa ss\\\"word\\\\\""), "a quoted password with escapes");
            Expect.Equal("a3 UID FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (FROM TO)]<0.100> RFC822.SIZE)",
                Read("a3 UID FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (FROM TO)]<0.100> RFC822.SIZE)"), "a section with spaces and parentheses stays one atom");
            Expect.Equal("a4 STORE 2 +FLAGS.SILENT (\\Seen \\Deleted)", Read("a4 STORE 2 +FLAGS.SILENT (\\Seen \\Deleted)"), "flags");
            Expect.Equal("a5 LIST \"\" *", Read("a5 LIST \"\" *"), "an empty string and a wildcard");
            Expect.Equal("a6 SEARCH NOT (OR SEEN (FROM \"x y\")) ()", Read("a6 SEARCH NOT (OR SEEN (FROM \"x y\")) ()"), "nested and empty lists");
        }

        /// <summary>Literals, synchronising and LITERAL+, with anything inside, as the session hands them over.</summary>
        public static void Literals()
        {
            string tag;
            string error;
            ImapCommand command = ImapParser.Parse(new string[] { "a1 LOGIN {5}", "alice", " {6+}", "se\r\n\"t)", "" }, 5, out tag, out error);
            Expect.True(command != null, "parsed: " + error);
            Expect.Equal("a1 LOGIN \"alice\" \"se\r\n\"t)\"", Show(command), "two literals; the second holds CRLF, a quote and a parenthesis");
            command = ImapParser.Parse(new string[] { "a2 SELECT {5}", "INBOX", "" }, 3, out tag, out error);
            Expect.Equal("a2 SELECT \"INBOX\"", Show(command), "a literal last on the line");
            long size;
            bool plus;
            Expect.True(ImapParser.EndsInLiteral("a APPEND INBOX (\\Seen) {310}", out size, out plus) && size == 310 && !plus, "{310}");
            Expect.True(ImapParser.EndsInLiteral("a LOGIN {0+}", out size, out plus) && size == 0 && plus, "{0+}");
            Expect.True(!ImapParser.EndsInLiteral("a NOOP {}", out size, out plus), "{}");
            Expect.True(!ImapParser.EndsInLiteral("a NOOP {1a}", out size, out plus), "{1a}");
            Expect.True(!ImapParser.EndsInLiteral("a NOOP {12345678901}", out size, out plus), "eleven digits");
            Expect.True(!ImapParser.EndsInLiteral("a NOOP }", out size, out plus), "}");
        }

        /// <summary>Hostile and broken commands: each a BAD with a reason, never an exception.</summary>
        public static void BrokenCommandsAreRefused()
        {
            Expect.Equal("BAD (no tag) Missing or invalid tag", Read(""), "empty");
            Expect.Equal("BAD (no tag) Missing or invalid tag", Read("+ NOOP"), "a tag of '+'");
            Expect.Equal("BAD a1 Missing command", Read("a1"), "no command");
            Expect.Equal("BAD a2 Missing or invalid command", Read("a2 (NOOP)"), "a list for a command");
            Expect.Equal("BAD a3 Unexpected ' '", Read("a3 NOOP  x"), "two spaces");
            Expect.Equal("BAD a4 Unclosed quoted string", Read("a4 LOGIN \"alice"), "an open quote");
            Expect.Equal("BAD a5 Only \\\" and \\\\ may be escaped in a quoted string", Read("a5 LOGIN \"a\\lice\""), "a bad escape");
            Expect.Equal("BAD a6 Unclosed list", Read("a6 FETCH 1 (FLAGS"), "an open list");
            Expect.Equal("BAD a7 Expected a space between arguments", Read("a7 SELECT INBOX)"), "a stray parenthesis");
            Expect.Equal("BAD a12 Unexpected ')'", Read("a12 SELECT )"), "a parenthesis for an argument");
            Expect.Equal("BAD a8 A literal's {size} must end the line", Read("a8 LOGIN {5} x"), "a literal's size inside the line");
            Expect.Equal("BAD a9 Unbalanced [ ] in BODY[TEXT", Read("a9 FETCH 1 BODY[TEXT"), "an open section");
            Expect.Equal("BAD a10 Control characters are not allowed in an atom", Read("a10 SELECT IN\u0001BOX"), "a control character");
            string deep = "a11 SEARCH ";
            for (int i = 0; i < ImapParser.MaxDepth + 1; i++)
            {
                deep += "(";
            }
            Expect.Equal("BAD a11 Lists nested too deeply", Read(deep + "ALL"), "nesting");
        }

        /// <summary>Sequence sets: ranges either way round, "*" as the largest, and what is not one.</summary>
        public static void SequenceSets()
        {
            SequenceSet set = SequenceSet.Parse("1:3,5,9:7,12:*");
            string members = "";
            for (int n = 1; n <= 14; n++)
            {
                members += set.Contains(n, 13) ? n + " " : "";
            }
            Expect.Equal("1 2 3 5 7 8 9 12 13 ", members, "1:3,5,9:7,12:* of 13");
            Expect.True(SequenceSet.Parse("*:4").Contains(2, 2), "*:4 with two messages holds 2");
            Expect.True(SequenceSet.Parse("4294967295").Contains(4294967295L, 1), "the largest UID");
            string[] bad = { "", "0", "1:", ":2", "1,,2", "a", "1:2:3", "01", "4294967296", "1 2" };
            for (int i = 0; i < bad.Length; i++)
            {
                Expect.True(SequenceSet.Parse(bad[i]) == null, "not a set: '" + bad[i] + "'");
            }
        }

        private static string Read(string line)
        {
            string tag;
            string error;
            ImapCommand command = ImapParser.Parse(new string[] { line }, 1, out tag, out error);
            return command == null ? "BAD " + (tag ?? "(no tag)") + " " + error : Show(command);
        }

        // The command written back: atoms as they are, strings quoted (contents unescaped), lists in parentheses.
        private static string Show(ImapCommand command)
        {
            string text = command.Tag + " " + command.Name;
            for (int i = 0; i < command.Arguments.Length; i++)
            {
                text += " " + Show(command.Arguments[i]);
            }
            return text;
        }

        private static string Show(ImapValue value)
        {
            if (value.Kind == ImapValue.String)
            {
                return "\"" + value.Text + "\"";
            }
            if (value.Kind != ImapValue.List)
            {
                return value.Text;
            }
            string text = "(";
            for (int i = 0; i < value.Items.Length; i++)
            {
                text += (i > 0 ? " " : "") + Show(value.Items[i]);
            }
            return text + ")";
        }
    }
}
