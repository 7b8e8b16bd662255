using System;
using System.Collections;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Imap;
using MailAppliance.Core.Pop3;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Smtp;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Tests.Fakes;

namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>
    /// Replays an SMTP, POP3 or IMAP scenario (Smtp/, Pop3/, Imap/Transcripts) against its engine
    /// and compares the exact bytes it sent. Lines of a scenario:
    /// "C: text" — the client sends text + CRLF ("&lt;LF&gt;" at the end: a bare LF instead, "&lt;NOEOL&gt;": nothing);
    /// "S: text" — the server must send text + CRLF, in order, and before the client's next line is
    /// fed: each block of "C:" lines is fed as one chunk (or byte by byte) once the "S:" lines after
    /// it are reached, and all the "S:" lines so far must have been sent when the next "C:" comes
    /// (so a reply sent one command late fails, as in MailKit's replay stream);
    /// "E: timeout|disconnect|busy|poll" — a connection event (poll: the loop's quiet-time call);
    /// "E: deliver mailbox uid text" — another session stores a one-line message now;
    /// "E: flags mailbox uid n" — another session sets that message's MessageFlags to n now;
    /// "! Setting value" — configure the model or the store first (see <see cref="Configure"/>);
    /// "M: mailbox uid text" — before the run, append text + CRLF to a stored message;
    /// "W: host path text" — before the run, append text + CRLF to a web site's file (HTTP);
    /// "D: mailbox text" — after the run, the mailbox's last message is exactly these lines + CRLF each;
    /// "K: mailbox uid..." — after the run, the mailbox holds exactly these messages;
    /// "X: closed" / "X: open" — whether the session closed its connection.
    /// "\t" stands for a tab; in "C:" lines "\xHH" stands for any byte (NUL included, which a
    /// nanoCLR string cannot hold, so the bytes are made without one). Runs on .NET (the MSTest classes read the files) and on nanoCLR
    /// (the files become test source at build time), so it keeps to what nanoFramework has.
    /// </summary>
    public static class MailTranscript
    {
        public const string RemoteAddress = "192.168.1.4";

        /// <summary>Runs <paramref name="lines"/> for "Smtp", "Pop3" or "Imap"; throws on the first difference.</summary>
        public static void Run(string protocol, string scenario, string[] lines, bool byteByByte)
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            model.Limits.AuthFailureDelayMilliseconds = 1000;
            var store = new MemoryStore();
            var web = new MemoryWebContent();
            var output = new RecordingOutput();
            var expected = new ByteBuffer();
            bool busy = false;

            for (int i = 0; i < lines.Length; i++)
            {
                string line = Tabs(lines[i]);
                if (line.StartsWith("! WebCard "))
                {
                    web.OpenOutcome = Outcome(line.Substring(10));
                }
                else if (line.StartsWith("! "))
                {
                    Configure(model, store, line.Substring(2));
                }
                else if (line.StartsWith("M: "))
                {
                    AddToMessage(store, line.Substring(3));
                }
                else if (line.StartsWith("W: "))
                {
                    string[] parts = line.Substring(3).Split(new char[] { ' ' }, 3);
                    web.Add(parts[0], parts[1], (parts.Length > 2 ? parts[2] : "") + "\r\n");
                }

                else if (line.StartsWith("S: "))
                {
                    expected.Append(Latin1.GetBytes(line.Substring(3) + "\r\n"));
                }
                else if (line == "E: busy")
                {
                    busy = true;
                }
            }

            ISession session = protocol == "Http"
                ? new MailAppliance.Core.Http.HttpSession(model, web, new MailAppliance.Core.Http.FirstSeen(), new FixedClock(), new ListTrace(), output, "http 1")
                : protocol == "Smtp"
                ? (ISession)new SmtpSession(model, store, new FixedClock(), new ListTrace(), output, RemoteAddress, "smtp 1")
                : protocol == "Imap"
                    ? new ImapSession(model, store, new FixedClock(), new ListTrace(), output, RemoteAddress, "imap 1")
                    : (ISession)new Pop3Session(model, store, new FixedClock(), new ListTrace(), output, RemoteAddress, "pop3 1");
            if (!busy)
            {
                session.Start();
            }
            var pending = new ByteBuffer();
            var sentSoFar = new ByteBuffer();
            bool repliesSinceFeed = false;
            var afterChecks = new ArrayList();
            for (int i = 0; i < lines.Length; i++)
            {
                string line = Tabs(lines[i]);
                if (line == "C:")
                {
                    line = "C: ";
                }
                if (line.StartsWith("S: "))
                {
                    sentSoFar.Append(Latin1.GetBytes(line.Substring(3) + "\r\n"));
                    repliesSinceFeed = true;
                }
                else if (line.StartsWith("C: "))
                {
                    if (repliesSinceFeed)
                    {
                        Feed(session, pending, byteByByte);
                        Expect.SameBytes(sentSoFar.ToArray(), output.Bytes, "bytes sent before line " + (i + 1) + " of " + scenario + " (" + line + ")");
                        repliesSinceFeed = false;
                    }
                    pending.Append(ClientBytes(line.Substring(3)));
                }
                else if (line.StartsWith("E: "))
                {
                    Feed(session, pending, byteByByte);
                    Event(session, store, line.Substring(3));
                }
                else if (line.StartsWith("D: ") || line.StartsWith("K: ") || line.StartsWith("X: "))
                {
                    afterChecks.Add(line);
                }
            }
            Feed(session, pending, byteByByte);

            Expect.SameBytes(expected.ToArray(), output.Bytes, "bytes sent in " + scenario);
            CheckAfter(afterChecks, store, output, scenario);
        }

        private static string Tabs(string line)
        {
            int at = line.IndexOf("\\t");
            while (at >= 0)
            {
                line = line.Substring(0, at) + "\t" + line.Substring(at + 2);
                at = line.IndexOf("\\t");
            }
            return line;
        }

        private static void AddToMessage(MemoryStore store, string spec)
        {
            string[] parts = spec.Split(new char[] { ' ' }, 3);
            byte[] add = Latin1.GetBytes((parts.Length > 2 ? parts[2] : "") + "\r\n");
            ArrayList box = store.Box(parts[0]);
            foreach (StoredMessage message in box)
            {
                if (message.Uid == parts[1])
                {
                    var joined = new ByteBuffer();
                    joined.Append(message.Bytes);
                    joined.Append(add);
                    message.Bytes = joined.ToArray();
                    return;
                }
            }
            store.Add(parts[0], parts[1], Latin1.GetString(add));
        }

        private static void Feed(ISession session, ByteBuffer pending, bool byteByByte)
        {
            byte[] bytes = pending.ToArray();
            pending.Clear();
            if (bytes.Length == 0)
            {
                return;
            }
            if (!byteByByte)
            {
                // Offset into a larger buffer, so an engine that ignores offset fails.
                byte[] padded = new byte[bytes.Length + 7];
                Array.Copy(bytes, 0, padded, 3, bytes.Length);
                session.Receive(padded, 3, bytes.Length);
                return;
            }
            var one = new byte[] { (byte)'x', 0 };
            for (int i = 0; i < bytes.Length; i++)
            {
                one[1] = bytes[i];
                session.Receive(one, 1, 1);
            }
        }

        private static void Event(ISession session, MemoryStore store, string name)
        {
            string[] parts = name.Split(new char[] { ' ' }, 4);
            if (parts[0] == "deliver")
            {
                store.Add(parts[1], parts[2], parts[3] + "\r\n");
            }
            else if (parts[0] == "flags")
            {
                foreach (StoredMessage message in store.Box(parts[1]))
                {
                    if (message.Uid == parts[2])
                    {
                        message.Flags = int.Parse(parts[3]);
                    }
                }
            }
            else if (name == "poll")
            {
                session.Poll();
            }
            else if (name == "timeout")
            {
                session.TimedOut();
            }
            else if (name == "disconnect")
            {
                session.Disconnected();
            }
            else if (name == "busy")
            {
                session.RejectBusy();
            }
            else
            {
                throw new Exception("unknown event " + name);
            }
        }

        private static byte[] ClientBytes(string text)
        {
            if (text.EndsWith("<LF>"))
            {
                return WithByteEscapes(text.Substring(0, text.Length - 4) + "\n");
            }
            if (text.EndsWith("<NOEOL>"))
            {
                return WithByteEscapes(text.Substring(0, text.Length - 7));
            }
            return WithByteEscapes(text + "\r\n");
        }

        private static byte[] WithByteEscapes(string text)
        {
            var bytes = new ByteBuffer();
            var one = new byte[1];
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
                {
                    one[0] = (byte)System.Convert.ToInt32(text.Substring(i + 2, 2), 16);
                    i += 3;
                }
                else
                {
                    one[0] = (byte)text[i];
                }
                bytes.Append(one);
            }
            return bytes.ToArray();
        }

        /// <summary>
        /// "Store…" settings make the store fail; Domain, Locked, Postmaster and User (name:password)
        /// change the model; the rest are <see cref="MailLimits"/> fields by name.
        /// </summary>
        private static void Configure(ApplianceModel model, MemoryStore store, string setting)
        {
            string[] parts = setting.Split(new char[] { ' ' }, 2);
            string name = parts[0];
            string value = parts[1];
            if (name == "StoreBegin") store.BeginOutcome = Outcome(value);
            else if (name == "StoreAppend") store.AppendOutcome = Outcome(value);
            else if (name == "StoreCommit") store.CommitOutcome = Outcome(value);
            else if (name == "StoreOpen") store.OpenOutcome = Outcome(value);
            else if (name == "StoreDelete") store.DeleteOutcome = Outcome(value);
            else if (name == "StoreAppendsBeforeFailure") store.AppendsBeforeFailure = int.Parse(value);
            else if (name == "StoreReadFailsAt") store.FailReadAtChunk = int.Parse(value);
            else if (name == "Domain") model.Domains.Add(value);
            else if (name == "HttpServer") model.Http.Enabled = value == "on";
            else if (name == "Folder") store.CreateFolder(value.Split(' ')[0], value.Split(' ')[1]);
            else if (name == "Locked") model.Locks.TryAcquire(value);
            else if (name == "Postmaster") model.Domains.PostmasterUser = value;
            else if (name == "User")
            {
                string[] user = value.Split(new char[] { ':' }, 2);
                model.Users.Set(user[0], user[1]);
            }
            else if (name == "MaxMessageSize") model.Limits.MaxMessageSize = long.Parse(value);
            else if (name == "MailboxQuota") model.Limits.MailboxQuota = long.Parse(value);
            else if (name == "MaxRecipients") model.Limits.MaxRecipients = int.Parse(value);
            else if (name == "MaxCommandLine") model.Limits.MaxCommandLine = int.Parse(value);
            else if (name == "MaxErrors") model.Limits.MaxErrors = int.Parse(value);
            else if (name == "MaxAuthFailures") model.Limits.MaxAuthFailures = int.Parse(value);
            else if (name == "RequireAuth") model.Limits.RequireAuth = value == "true" || value == "True";
            else throw new Exception("unknown setting " + name);
        }

        private static StoreResult Outcome(string name)
        {
            if (name == "Accepted") return StoreResult.Accepted;
            if (name == "TryLater") return StoreResult.TryLater;
            if (name == "Refused") return StoreResult.Refused;
            throw new Exception("unknown store outcome " + name);
        }

        private static void CheckAfter(ArrayList checks, MemoryStore store, RecordingOutput output, string scenario)
        {
            var mailboxes = new ArrayList();
            var texts = new ArrayList();
            foreach (string check in checks)
            {
                string body = check.Substring(3);
                if (check.StartsWith("D: "))
                {
                    string[] parts = body.Split(new char[] { ' ' }, 2);
                    int i = mailboxes.IndexOf(parts[0]);
                    if (i < 0)
                    {
                        mailboxes.Add(parts[0]);
                        texts.Add("");
                        i = mailboxes.Count - 1;
                    }
                    texts[i] = (string)texts[i] + (parts.Length > 1 ? parts[1] : "") + "\r\n";
                }
                else if (check.StartsWith("K: "))
                {
                    int space = body.IndexOf(' ');
                    string mailbox = space < 0 ? body : body.Substring(0, space);
                    string uids = space < 0 ? "" : body.Substring(space + 1);
                    Expect.Equal(uids, store.Uids(mailbox), "messages left in " + mailbox + " in " + scenario);
                }
                else
                {
                    Expect.True((body == "closed") == output.Closed, "connection " + body + " at the end of " + scenario);
                }
            }
            for (int i = 0; i < mailboxes.Count; i++)
            {
                string mailbox = (string)mailboxes[i];
                int count = store.Box(mailbox).Count;
                Expect.True(count > 0, "something delivered to " + mailbox + " in " + scenario);
                Expect.Equal((string)texts[i], store.Text(mailbox, count - 1), "message stored for " + mailbox + " in " + scenario);
            }
        }
    }
}
