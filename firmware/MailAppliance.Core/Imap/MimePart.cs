namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// One part of a stored message as <see cref="MimeScanner"/> found it (RFC 2045, RFC 2046):
    /// where its MIME header and its body lie in the file, and the header fields IMAP's
    /// BODYSTRUCTURE and ENVELOPE name, unfolded and cut at <see cref="MimeScanner.MaxField"/>.
    /// The message itself is part 0; a message/rfc822 part's one child is the message it holds.
    /// </summary>
    internal sealed class MimePart
    {
        /// <summary>The part this one is in; -1 for the message itself.</summary>
        public int Parent;

        /// <summary>How many parts the multipart holds, or 1 for the message a message/rfc822 part holds.</summary>
        public int Children;

        public long HeaderStart;
        public long BodyStart;
        public long End;

        /// <summary>Line breaks in the file before the body, and before its end: their difference is the body's lines.</summary>
        public int FirstLine;
        public int LastLine;

        /// <summary>True once the part's header has ended (its blank line, or a boundary cut it short).</summary>
        public bool HeaderDone;

        /// <summary>True once a multipart's closing boundary came: what follows is its epilogue.</summary>
        public bool Closed;

        // Fields as sent, null when absent.
        public string ContentType;
        public string Encoding;
        public string Id;
        public string Description;
        public string Disposition;

        // ENVELOPE's fields (RFC 3501 §7.4.2), kept for a message's header only.
        public string Date;
        public string Subject;
        public string From;
        public string Sender;
        public string ReplyTo;
        public string To;
        public string Cc;
        public string Bcc;
        public string InReplyTo;
        public string MessageId;

        /// <summary>True for a message/rfc822 part (whose child is the message it holds).</summary>
        public bool IsMessage;

        /// <summary>The boundary of a multipart with a usable one, or null (then it is read as one part).</summary>
        public string Boundary;

        public long Size
        {
            get { return End - BodyStart; }
        }

        /// <summary>Lines in the body (text/* and message/rfc822 parts report them, RFC 3501 §7.4.2).</summary>
        public int Lines
        {
            get { return LastLine - FirstLine; }
        }

        /// <summary>True for a multipart with at least one part found between its boundaries.</summary>
        public bool IsMultipart
        {
            get { return Boundary != null && Children > 0; }
        }

        /// <summary>Keeps a header field that BODYSTRUCTURE or ENVELOPE uses; <paramref name="name"/> is lower case.</summary>
        public void Keep(string name, string value, bool envelope)
        {
            switch (name)
            {
                case "content-type": ContentType = value; return;
                case "content-transfer-encoding": Encoding = value; return;
                case "content-id": Id = value; return;
                case "content-description": Description = value; return;
                case "content-disposition": Disposition = value; return;
            }
            if (!envelope)
            {
                return;
            }
            switch (name)
            {
                case "date": Date = Date ?? value; return;
                case "subject": Subject = Subject ?? value; return;
                case "from": From = From ?? value; return;
                case "sender": Sender = Sender ?? value; return;
                case "reply-to": ReplyTo = ReplyTo ?? value; return;
                case "to": To = To ?? value; return;
                case "cc": Cc = Cc ?? value; return;
                case "bcc": Bcc = Bcc ?? value; return;
                case "in-reply-to": InReplyTo = InReplyTo ?? value; return;
                case "message-id": MessageId = MessageId ?? value; return;
            }
        }
    }
}
