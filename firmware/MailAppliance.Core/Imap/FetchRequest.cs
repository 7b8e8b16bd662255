namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// What a FETCH asks for (RFC 3501 §6.4.5): FLAGS, UID, RFC822.SIZE, INTERNALDATE, ENVELOPE,
    /// BODYSTRUCTURE, BODY, and up to <see cref="MaxSections"/> body items (<see cref="BodySection"/>),
    /// answered in the order given; the macros FAST, ALL and FULL.
    /// </summary>
    internal sealed class FetchRequest
    {
        public const int MaxSections = 8;

        private BodySection[] _sections = new BodySection[0];

        public bool Flags { get; private set; }
        public bool Uid { get; private set; }
        public bool Size { get; private set; }
        public bool InternalDate { get; private set; }
        public bool Envelope { get; private set; }

        /// <summary>BODYSTRUCTURE: the structure with extension data.</summary>
        public bool Structure { get; private set; }

        /// <summary>BODY without a section: the structure without extension data.</summary>
        public bool Body { get; private set; }

        public BodySection[] Sections
        {
            get { return _sections; }
        }

        /// <summary>True when a body item sets \Seen.</summary>
        public bool SetsSeen
        {
            get
            {
                for (int i = 0; i < _sections.Length; i++)
                {
                    if (_sections[i].SetsSeen)
                    {
                        return true;
                    }
                }
                return false;
            }
        }

        /// <summary>True when the message's MIME structure must be read (<see cref="MimeScanner"/>).</summary>
        public bool NeedsParts
        {
            get
            {
                bool parts = Envelope || Structure || Body;
                for (int i = 0; i < _sections.Length; i++)
                {
                    parts |= _sections[i].Part != null;
                }
                return parts;
            }
        }

        /// <summary>
        /// Reads the FETCH items (one atom or a list); null with <paramref name="error"/> when one
        /// is not known or not supported.
        /// </summary>
        public static FetchRequest Parse(ImapValue items, bool byUid, out string error)
        {
            var request = new FetchRequest();
            request.Uid = byUid; // RFC 3501 §6.4.8: UID FETCH always answers the UID.
            error = null;
            if (items.Kind == ImapValue.List)
            {
                if (items.Items.Length == 0)
                {
                    error = "FETCH needs at least one item";
                    return null;
                }
                for (int i = 0; i < items.Items.Length; i++)
                {
                    if (!request.Add(items.Items[i].Text, out error))
                    {
                        return null;
                    }
                }
                return request;
            }
            switch (items.Text.ToUpper())
            {
                case "FULL":
                    request.Body = true;
                    request.Envelope = true;
                    request.Flags = request.InternalDate = request.Size = true;
                    return request;
                case "ALL":
                    request.Envelope = true;
                    request.Flags = request.InternalDate = request.Size = true;
                    return request;
                case "FAST":
                    request.Flags = request.InternalDate = request.Size = true;
                    return request;
            }
            return request.Add(items.Text, out error) ? request : null;
        }

        private bool Add(string item, out string error)
        {
            error = null;
            switch (item.ToUpper())
            {
                case "FLAGS":
                    Flags = true;
                    return true;
                case "UID":
                    Uid = true;
                    return true;
                case "RFC822.SIZE":
                    Size = true;
                    return true;
                case "INTERNALDATE":
                    InternalDate = true;
                    return true;
                case "ENVELOPE":
                    Envelope = true;
                    return true;
                case "BODYSTRUCTURE":
                    Structure = true;
                    return true;
                case "BODY":
                    Body = true;
                    return true;
            }
            BodySection section = BodySection.Parse(item, out error);
            if (section == null)
            {
                error = error ?? "Unknown or unsupported FETCH item " + item;
                return false;
            }
            if (_sections.Length == MaxSections)
            {
                error = "At most " + MaxSections + " body items per FETCH";
                return false;
            }
            var more = new BodySection[_sections.Length + 1];
            System.Array.Copy(_sections, more, _sections.Length);
            more[_sections.Length] = section;
            _sections = more;
            return true;
        }
    }
}
