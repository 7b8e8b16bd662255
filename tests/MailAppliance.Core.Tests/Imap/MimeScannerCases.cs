using MailAppliance.Core.Imap;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Imap
{
    /// <summary>
    /// The MIME structure read in fixed memory, however the card's reads cut the message and
    /// however broken the message is: BODYSTRUCTURE stays well-formed. On .NET and nanoCLR.
    /// </summary>
    public static class MimeScannerCases
    {
        private const string Nested = "Content-Type: multipart/mixed; boundary=\"o\"\r\n\r\n--o\r\nContent-Type: multipart/alternative; boundary=i\r\n\r\n--i\r\n\r\nplain\r\n--i\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--i--\r\n--o\r\nContent-Type: image/png\r\n\r\nPNG\r\n--o--\r\n";

        public static void TheSameStructureWhateverTheChunks()
        {
            string whole = Structure(Nested, 100000);
            Expect.Equal("(((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 5 0 NIL NIL NIL)(\"TEXT\" \"HTML\" NIL NIL NIL \"7BIT\" 8 0 NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"i\") NIL NIL)(\"IMAGE\" \"PNG\" NIL NIL NIL \"7BIT\" 3 NIL NIL NIL) \"MIXED\" (\"BOUNDARY\" \"o\") NIL NIL)", whole, "in one read");
            Expect.Equal(whole, Structure(Nested, 1), "a byte at a time");
            Expect.Equal(whole, Structure(Nested, 7), "in reads that cut lines anywhere");
        }

        public static void BareLineFeedsAndLongLines()
        {
            string message = "Content-Type: multipart/mixed;\n boundary=b\nSubject: " + new string('x', 2000) + "\n\n--b\nContent-Type: text/plain\n\n" + new string('y', 500) + "\n--b--\n";
            Expect.Equal("((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 500 0 NIL NIL NIL) \"MIXED\" (\"BOUNDARY\" \"b\") NIL NIL)", Structure(message, 13), "a folded Content-Type, bare LFs, a header line past the field limit, a long body line");
        }

        public static void TooManyPartsAndTooDeep()
        {
            string many = "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
            for (int i = 0; i < 100; i++)
            {
                many += "--b\r\n\r\npart\r\n";
            }
            string structure = Structure(many + "--b--\r\n", 64);
            Expect.Equal(MimeScanner.MaxParts - 1, Count(structure, "(\"TEXT\""), "parts past the limit are body of the last one");
            Expect.True(Balanced(structure), "well-formed: " + structure);

            string deep = "";
            for (int i = 0; i < 20; i++)
            {
                deep += "Content-Type: multipart/mixed; boundary=b" + i + "\r\n\r\n--b" + i + "\r\n";
            }
            structure = Structure(deep + "\r\ninnermost\r\n", 64);
            Expect.Equal(MimeScanner.MaxDepth, Count(structure, "\"MIXED\""), "nesting past the limit is body");
            Expect.True(Balanced(structure), "well-formed: " + structure);
        }

        public static void EnvelopeAddressesAndEightBitText()
        {
            string envelope = Envelope("From: =?utf-8?q?Ren=C3=A9?= <rene@mail.com>\r\nTo: \"Doe, J.\" <j@x.org>, bare@y.org (Bare Name), undisclosed-recipients:;\r\nSubject: caf\u00e9 \"quoted\" \\ back\r\n\r\n");
            Expect.Equal("(NIL {20}\r\ncaf\u00e9 \"quoted\" \\ back"
                + " ((\"=?utf-8?q?Ren=C3=A9?=\" NIL \"rene\" \"mail.com\")) ((\"=?utf-8?q?Ren=C3=A9?=\" NIL \"rene\" \"mail.com\")) ((\"=?utf-8?q?Ren=C3=A9?=\" NIL \"rene\" \"mail.com\"))"
                + " ((\"Doe, J.\" NIL \"j\" \"x.org\")(\"Bare Name\" NIL \"bare\" \"y.org\")(NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) NIL NIL NIL NIL)", envelope,
                "an 8-bit subject goes as a literal; names keep their encoded words; a group with no members");
            Expect.Equal("(NIL NIL ((NIL NIL \"MISSING_MAILBOX\" \"MISSING_DOMAIN\")) ((NIL NIL \"MISSING_MAILBOX\" \"MISSING_DOMAIN\")) ((NIL NIL \"MISSING_MAILBOX\" \"MISSING_DOMAIN\")) NIL NIL NIL NIL NIL)",
                Envelope("From: <>\r\n\r\n"), "an empty address is never NIL, which would read as a group");
        }

        private static string Structure(string message, int chunk)
        {
            return BodyStructure.Of(Scan(message, chunk), 0, true);
        }

        private static string Envelope(string message)
        {
            return BodyStructure.Envelope(Scan(message, 4096), 0);
        }

        private static MimePart[] Scan(string message, int chunk)
        {
            byte[] bytes = Latin1.GetBytes(message);
            var scanner = new MimeScanner();
            for (int at = 0; at < bytes.Length; at += chunk)
            {
                scanner.Feed(bytes, at, bytes.Length - at < chunk ? bytes.Length - at : chunk);
            }
            return scanner.Finish(bytes.Length);
        }

        private static int Count(string text, string what)
        {
            int count = 0;
            for (int at = text.IndexOf(what); at >= 0; at = text.IndexOf(what, at + 1))
            {
                count++;
            }
            return count;
        }

        // Parentheses balance outside quoted strings.
        private static bool Balanced(string text)
        {
            int depth = 0;
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    quoted = c != '"' || text[i - 1] == '\\';
                    continue;
                }
                quoted = c == '"';
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0)
                {
                    return false;
                }
            }
            return depth == 0 && !quoted;
        }
    }
}
