using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Http
{
    /// <summary>
    /// One HTTP/1.1 connection (RFC 9110, RFC 9112), sans-I/O like the mail sessions: request
    /// heads read a line at a time (<see cref="HttpRequestHead"/>), answered in order (so
    /// pipelined requests are too), files streamed from <see cref="IWebContent"/> in card-read
    /// chunks. GET and HEAD only; the site is chosen by the Host header; the connection stays
    /// open for <see cref="MaxRequests"/> requests unless the client or an error closes it.
    /// Every line of every head, both ways, goes to the trace students read.
    /// </summary>
    public sealed class HttpSession : ISession
    {
        /// <summary>Requests on one connection before it closes: the board's sockets are few.</summary>
        public const int MaxRequests = 20;

        private readonly ApplianceModel _model;
        private readonly IWebContent _content;
        private readonly FirstSeen _firstSeen;
        private readonly IClock _clock;
        private readonly BufferedOutput _output;
        private readonly ReplyChannel _channel;
        private readonly LineReader _lines = new LineReader(HttpRequestHead.MaxLine);
        private HttpRequestHead _head = new HttpRequestHead();
        private bool _inHead;
        private int _requests;
        private bool _closed;
        private byte[] _chunk;

        public HttpSession(ApplianceModel model, IWebContent content, FirstSeen firstSeen, IClock clock, ITrace trace, ISessionOutput output, string traceName)
        {
            _model = model;
            _content = content;
            _firstSeen = firstSeen;
            _clock = clock;
            _output = new BufferedOutput(output, IoSizes.Segment);
            _channel = new ReplyChannel(_output, trace, traceName);
        }

        public bool IsClosed
        {
            get { return _closed; }
        }

        /// <summary>
        /// HTTP has no login: a connection counts as one without (the per-address cap) until it
        /// has made a whole request, so a browser's parallel connections are not refused for
        /// long, while connections that never say anything are.
        /// </summary>
        public bool IsAuthenticated
        {
            get { return _requests > 0; }
        }

        public int CommandInProgress
        {
            get { return _inHead || _lines.HasPartialLine ? _requests + 1 : 0; }
        }

        public void Start()
        {
        }

        public void RejectBusy()
        {
            Respond(503, "Service Unavailable", "The web server is busy: too many connections. Try again in a moment.", true, "Retry-After: 5");
            Close();
        }

        // An idle keep-alive connection is closed without a word (RFC 9112 §9.5).
        public void TimedOut()
        {
            Close();
        }

        public void Evict()
        {
            Close();
        }

        public void Poll()
        {
        }

        public void Disconnected()
        {
            Close();
        }

        public void Receive(byte[] buffer, int offset, int count)
        {
            int end = offset + count;
            while (offset < end && !_closed)
            {
                int used;
                bool complete = _lines.Feed(buffer, offset, end - offset, out used);
                offset += used;
                if (!complete)
                {
                    continue;
                }
                int status;
                if (_lines.Overflowed)
                {
                    _channel.Client("(line over " + HttpRequestHead.MaxLine + " bytes)");
                    status = _inHead ? 431 : 414;
                }
                else if (_lines.HasControl)
                {
                    _channel.Client(Printable.Escape(_lines.Line));
                    status = 400;
                }
                else
                {
                    _channel.Client(_lines.Line);
                    _inHead |= _lines.Line.Length > 0;
                    status = _head.Add(_lines.Line);
                }
                if (status != 0)
                {
                    Answer(status);
                    _head = new HttpRequestHead();
                    _inHead = false;
                }
            }
            _output.Flush();
        }

        private void Answer(int status)
        {
            _requests++;
            Statistics.Count(ref _model.Stats.HttpRequests);
            if (!_model.Http.Enabled)
            {
                // no ip http server: the listener stays (sockets are the board's to keep), the answer is no.
                Respond(503, "Service Unavailable", "The web server is switched off on this appliance (no ip http server).", true, null);
                Close();
                return;
            }
            bool close = status != 200 || !_head.KeepAlive || _head.HasBody || _requests >= MaxRequests;
            if (status != 200)
            {
                Respond(status, Reason(status), "The request could not be read.", true, null);
                Close();
                return;
            }
            bool head = _head.Method == "HEAD";
            if (_head.Method != "GET" && !head)
            {
                Respond(405, "Method Not Allowed", "This server only sends pages: GET and HEAD.", close, "Allow: GET, HEAD");
            }
            else
            {
                Serve(head, close);
            }
            if (close)
            {
                Close();
            }
        }

        private void Serve(bool head, bool close)
        {
            bool folder;
            string host;
            string[] names = SitePath.Resolve(_head.Target, out folder, out host);
            if (names == null)
            {
                Respond(400, "Bad Request", "That path cannot be on this server.", close, null);
                return;
            }
            host = HostName(host ?? _head.Field("host"));
            if (host != null && !IsHostName(host))
            {
                Respond(400, "Bad Request", "The Host header names no host.", close, null);
                return;
            }
            IWebFile file;
            bool isFolder;
            StoreResult opened = _content.Open(host, names, folder, out file, out isFolder);
            if (isFolder)
            {
                // RFC 9110 §15.4.2: the folder's own address ends in '/', so its page's relative links resolve.
                string path = _head.Target;
                int query = path.IndexOf('?');
                string location = (query < 0 ? path : path.Substring(0, query)) + "/" + (query < 0 ? "" : path.Substring(query));
                Respond(301, "Moved Permanently", "This is a folder: its page is at the address ending in /.", close, "Location: " + location);
                return;
            }
            if (opened == StoreResult.TryLater)
            {
                Respond(503, "Service Unavailable", "The SD card cannot be read now.", close, "Retry-After: 10");
                return;
            }
            if (opened != StoreResult.Accepted)
            {
                if (names.Length == 0)
                {
                    SendText(200, "OK", "text/html; charset=utf-8", DefaultPage.For(host), head, close, null);
                    return;
                }
                Respond(404, "Not Found", "There is no such page on this site.", close, null);
                return;
            }
            SendFile(file, head, close);
            file.Close();
        }

        private void SendFile(IWebFile file, bool head, bool close)
        {
            string tag = "\"" + file.Version + "\"";
            System.DateTime modified = _firstSeen.Of(_head.Target + " " + tag, _clock.UtcNow);
            string validators = "ETag: " + tag + "\r\nLast-Modified: " + HttpDate.Format(modified);
            if (NotModified(tag, modified))
            {
                Head(304, "Not Modified", null, -1, close, validators);
                _channel.Reply("");
                return;
            }
            long start;
            long count;
            int status = ByteRange.Read(_head.Field("range"), file.Length, out start, out count);
            if (status == 416)
            {
                Respond(416, "Range Not Satisfiable", "That range is not in the file.", close, "Content-Range: bytes */" + file.Length);
                return;
            }
            string extra = validators + "\r\nAccept-Ranges: bytes" + (status == 206 ? "\r\nContent-Range: bytes " + start + "-" + (start + count - 1) + "/" + file.Length : "");
            Head(status, status == 206 ? "Partial Content" : "OK", ContentTypes.Of(file.Name), count, close, extra);
            _channel.Reply("");
            if (!head && !Stream(file, start, count))
            {
                // The length is promised: a card failing part-way leaves only closing (RFC 9112 §6.3).
                Close();
            }
        }

        // RFC 9110 §13.1.2 and §13.1.3: If-None-Match, else If-Modified-Since (which is ignored when unreadable).
        private bool NotModified(string tag, System.DateTime modified)
        {
            string match = _head.Field("if-none-match");
            if (match != null)
            {
                return match == "*" || match.IndexOf(tag) >= 0;
            }
            System.DateTime since;
            return HttpDate.TryParse(_head.Field("if-modified-since"), out since) && modified <= since;
        }

        private bool Stream(IWebFile file, long start, long count)
        {
            if (_chunk == null)
            {
                _chunk = new byte[IoSizes.CardRead];
            }
            long end = start + count;
            for (long position = start; position < end;)
            {
                int want = end - position < _chunk.Length ? (int)(end - position) : _chunk.Length;
                int n = file.Read(position, _chunk, 0, want);
                if (n <= 0)
                {
                    return false;
                }
                _output.Write(_chunk, 0, n);
                position += n;
            }
            _channel.Sent("(" + count + " bytes of " + file.Name + ")");
            return true;
        }

        // A small HTML page saying what went wrong (or why nothing is there).
        private void Respond(int status, string reason, string text, bool close, string extra)
        {
            string page = "<!DOCTYPE html>\r\n<html><head><title>" + status + " " + reason + "</title></head>\r\n<body><h1>" + status + " " + reason + "</h1>\r\n<p>" + text + "</p></body></html>\r\n";
            SendText(status, reason, "text/html; charset=utf-8", page, _head.Method == "HEAD", close, extra);
        }

        private void SendText(int status, string reason, string type, string text, bool head, bool close, string extra)
        {
            byte[] body = Ascii.GetBytes(text);
            Head(status, reason, type, body.Length, close, extra);
            _channel.Reply("");
            if (!head)
            {
                _output.Write(body, 0, body.Length);
                _channel.Sent("(" + body.Length + " bytes of page)");
            }
        }

        // The status line and header fields (RFC 9112 §4, RFC 9110 §6.6.1's Date).
        private void Head(int status, string reason, string type, long length, bool close, string extra)
        {
            _channel.Reply("HTTP/1.1 " + status + " " + reason);
            _channel.Reply("Date: " + HttpDate.Format(_clock.UtcNow));
            _channel.Reply("Server: MailAppliance");
            if (type != null)
            {
                _channel.Reply("Content-Type: " + type);
            }
            if (length >= 0)
            {
                _channel.Reply("Content-Length: " + length);
            }
            if (extra != null)
            {
                string[] lines = extra.Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    _channel.Reply(lines[i].TrimEnd('\r'));
                }
            }
            if (close)
            {
                _channel.Reply("Connection: close");
            }
        }

        // "www.mastertech.com:8080" → "www.mastertech.com"; null when there is none.
        private static string HostName(string host)
        {
            if (host == null || host.Length == 0)
            {
                return null;
            }
            int colon = host.LastIndexOf(':');
            return (colon > 0 && host.IndexOf(']') < colon ? host.Substring(0, colon) : host).ToLower();
        }

        // RFC 3986 §3.2.2's reg-name as DNS has it, or an IPv4 address: letters, digits, '-' and '.'.
        private static bool IsHostName(string host)
        {
            for (int i = 0; i < host.Length; i++)
            {
                char c = host[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
                {
                    return false;
                }
            }
            return host.Length > 0 && host.Length <= 253;
        }

        private static string Reason(int status)
        {
            switch (status)
            {
                case 414: return "URI Too Long";
                case 431: return "Request Header Fields Too Large";
                case 505: return "HTTP Version Not Supported";
                default: return "Bad Request";
            }
        }

        private void Close()
        {
            if (!_closed)
            {
                _closed = true;
                _output.Flush();
                _output.Close();
            }
        }
    }
}
