using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// A message's header section as it streams through <see cref="DataReceiver"/> (RFC 5322
    /// §2.2): holds back the start of each line until its ':' shows a field name (or a byte no
    /// field name has shows the section is over), and keeps the Date: and Message-ID: lines the
    /// server adds (<see cref="AddedHeaders"/>) until the client's own are seen.
    /// </summary>
    internal sealed class HeaderSection
    {
        /// <summary>Longest field name held back: RFC 5322 §2.1.1 keeps a line within 78 characters.</summary>
        public const int MaxFieldName = 76;

        private readonly byte[] _name = new byte[MaxFieldName];

        /// <summary>True until the section has ended.</summary>
        public bool Open { get; private set; }

        /// <summary>The bytes held back from the current line.</summary>
        public byte[] Held
        {
            get { return _name; }
        }

        public int HeldLength { get; private set; }

        /// <summary>The Date: line to add, null once the message has its own.</summary>
        public byte[] MissingDate { get; private set; }

        /// <summary>The Message-ID: line to add, null once the message has its own.</summary>
        public byte[] MissingMessageId { get; private set; }

        /// <summary>A new message's section, with the lines to add if it lacks them.</summary>
        public void Begin(byte[] date, byte[] messageId)
        {
            Open = true;
            HeldLength = 0;
            MissingDate = date;
            MissingMessageId = messageId;
        }

        /// <summary>True when <paramref name="b"/> continues the line's field name (it is held); false when the name is over.</summary>
        public bool Hold(byte b)
        {
            // RFC 5322 §3.6.8: a field name is printable ASCII but ':'.
            if (b > (byte)' ' && b < 127 && b != (byte)':' && HeldLength < MaxFieldName)
            {
                _name[HeldLength++] = b;
                return true;
            }
            return false;
        }

        /// <summary>
        /// After <see cref="Hold"/> said no: true when <paramref name="b"/> is the ':' of a header
        /// field (whose name is then noted); false when the line is no header, so the section ends.
        /// </summary>
        public bool EndsFieldName(byte b)
        {
            if (b != (byte)':' || HeldLength == 0)
            {
                return false;
            }
            if (Ascii.EqualsIgnoreCase(_name, HeldLength, "Date"))
            {
                MissingDate = null;
            }
            else if (Ascii.EqualsIgnoreCase(_name, HeldLength, "Message-ID"))
            {
                MissingMessageId = null;
            }
            return true;
        }

        /// <summary>True when the line that ends the section is the empty line before the body (nothing held, a line end next).</summary>
        public bool AtEmptyLine(byte b)
        {
            return HeldLength == 0 && (b == (byte)'\r' || b == (byte)'\n');
        }

        /// <summary>The held bytes have been passed on.</summary>
        public void Release()
        {
            HeldLength = 0;
        }

        /// <summary>The section is over: the body, or the end of the data, follows.</summary>
        public void Close()
        {
            Open = false;
        }
    }
}
