using MailAppliance.Core.Text;

namespace MailAppliance.Core.Http
{
    /// <summary>
    /// One request's line and header section (RFC 9112 §3, §5), fed a line at a time as the
    /// session reads them. Strict where a lenient reading would let two parsers disagree about
    /// where a request ends (request smuggling: a blank before a colon, an obsolete folded line,
    /// two Hosts, a body this server does not read), and bounded: past <see cref="MaxLine"/> the
    /// request line is 414, past <see cref="MaxHeaderBytes"/> or <see cref="MaxFields"/> the
    /// header section is 431 (RFC 6585 §5).
    /// </summary>
    internal sealed class HttpRequestHead
    {
        /// <summary>Longest request line; RFC 9112 §3 asks for at least 8000, the board's heap gives 2 KB.</summary>
        public const int MaxLine = 2048;

        public const int MaxHeaderBytes = 4096;
        public const int MaxFields = 32;

        private readonly string[] _names = StringArrays.New(MaxFields);
        private readonly string[] _values = StringArrays.New(MaxFields);
        private int _fields;
        private int _headerBytes;
        private bool _started;

        public string Method { get; private set; }

        /// <summary>The request-target as sent (RFC 9112 §3.2).</summary>
        public string Target { get; private set; }

        /// <summary>1 for HTTP/1.1 (and later 1.x), 0 for HTTP/1.0.</summary>
        public int Minor { get; private set; }

        /// <summary>
        /// Takes the next line (without its CRLF): 0 while the head goes on, 200 once it ended
        /// well, or the status to answer — 400, 414, 431, 501 or 505.
        /// </summary>
        public int Add(string line)
        {
            if (!_started)
            {
                if (line.Length == 0)
                {
                    return 0; // RFC 9112 §2.2: empty lines before a request are ignored
                }
                _started = true;
                return RequestLine(line);
            }
            if (line.Length == 0)
            {
                return End();
            }
            _headerBytes += line.Length + 2;
            if (_headerBytes > MaxHeaderBytes || _fields == MaxFields)
            {
                return 431;
            }
            if (line[0] == ' ' || line[0] == '\t')
            {
                return 400; // obs-fold (RFC 9112 §5.2): a server may reject it, and does
            }
            int colon = line.IndexOf(':');
            if (colon <= 0 || !IsToken(line.Substring(0, colon)))
            {
                return 400; // no name, or a blank before the colon (RFC 9112 §5.1)
            }
            _names[_fields] = line.Substring(0, colon).ToLower();
            _values[_fields] = line.Substring(colon + 1).Trim();
            _fields++;
            return 0;
        }

        /// <summary>The value of header field <paramref name="name"/> (lower case), or null.</summary>
        public string Field(string name)
        {
            for (int i = 0; i < _fields; i++)
            {
                if (_names[i] == name)
                {
                    return _values[i];
                }
            }
            return null;
        }

        /// <summary>True when the connection is to stay open after the answer (RFC 9112 §9.3).</summary>
        public bool KeepAlive
        {
            get
            {
                string connection = Field("connection");
                string lower = connection == null ? "" : connection.ToLower();
                return Minor >= 1 ? lower.IndexOf("close") < 0 : lower.IndexOf("keep-alive") >= 0;
            }
        }

        private int RequestLine(string line)
        {
            if (line.Length > MaxLine)
            {
                return 414;
            }
            string[] parts = line.Split(' ');
            if (parts.Length != 3 || !IsToken(parts[0]) || parts[1].Length == 0)
            {
                return 400;
            }
            Method = parts[0];
            Target = parts[1];
            string version = parts[2];
            if (!version.StartsWith("HTTP/") || version.Length != 8 || version[6] != '.' || !IsDigit(version[5]) || !IsDigit(version[7]))
            {
                return 400;
            }
            if (version[5] != '1')
            {
                return 505;
            }
            Minor = version[7] == '0' ? 0 : 1;
            return 0;
        }

        /// <summary>
        /// True when a body follows the head (Content-Length above 0, or Transfer-Encoding). This
        /// server reads none (GET and HEAD have none to read), so after answering such a request
        /// it closes the connection: the body must never be taken for the next request.
        /// </summary>
        public bool HasBody { get; private set; }

        private int End()
        {
            int hosts = 0;
            string length = null;
            for (int i = 0; i < _fields; i++)
            {
                hosts += _names[i] == "host" ? 1 : 0;
                if (_names[i] == "transfer-encoding")
                {
                    HasBody = true;
                }
                if (_names[i] == "content-length")
                {
                    long bytes;
                    // RFC 9112 §6.3: an invalid or a second, different length is unrecoverable.
                    if (!Numbers.TryParse(_values[i], out bytes) || (length != null && length != _values[i]))
                    {
                        return 400;
                    }
                    length = _values[i];
                    HasBody |= bytes > 0;
                }
            }
            // RFC 9112 §3.2: a 1.1 request without exactly one Host is a 400.
            return hosts > 1 || (Minor >= 1 && hosts == 0) ? 400 : 200;
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        // RFC 9110 §5.6.2: token = 1*tchar.
        private static bool IsToken(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
                if (!ok)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
