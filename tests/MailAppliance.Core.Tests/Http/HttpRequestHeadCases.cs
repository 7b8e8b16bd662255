using MailAppliance.Core.Http;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Http
{
    /// <summary>The request head as RFC 9112 reads it, strict where parsers could disagree. On .NET and nanoCLR.</summary>
    public static class HttpRequestHeadCases
    {
        public static void AGoodRequest()
        {
            var head = new HttpRequestHead();
            Expect.Equal(0, head.Add(""), "a blank line before the request is ignored (RFC 9112 section 2.2)");
            Expect.Equal(0, head.Add("GET /index.html HTTP/1.1"), "the request line");
            Expect.Equal(0, head.Add("Host: www.mastertech.com"), "a field");
            Expect.Equal(0, head.Add("Connection:keep-alive"), "no blank after the colon is fine");
            Expect.Equal(200, head.Add(""), "the end of the head");
            Expect.Equal("GET", head.Method, "method");
            Expect.Equal("/index.html", head.Target, "target");
            Expect.Equal(1, head.Minor, "HTTP/1.1");
            Expect.Equal("www.mastertech.com", head.Field("host"), "field names in any case");
            Expect.True(head.KeepAlive, "1.1 stays open");
            Expect.True(!head.HasBody, "no body");
        }

        public static void Http10AndConnectionClose()
        {
            Expect.Equal(200, End("GET / HTTP/1.0"), "HTTP/1.0 needs no Host");
            var head = new HttpRequestHead();
            head.Add("GET / HTTP/1.0");
            head.Add("");
            Expect.True(!head.KeepAlive, "1.0 closes unless it asks");
            head = new HttpRequestHead();
            head.Add("GET / HTTP/1.1");
            head.Add("Host: a");
            head.Add("Connection: close");
            head.Add("");
            Expect.True(!head.KeepAlive, "Connection: close is honoured");
        }

        public static void MalformedHeads()
        {
            Expect.Equal(400, End("GET / HTTP/1.1"), "1.1 without Host (RFC 9112 section 3.2)");
            Expect.Equal(400, End("GET / HTTP/1.1", "Host: a", "Host: b"), "two Hosts");
            Expect.Equal(400, End("GET / HTTP/1.1", "Host : a"), "a blank before the colon (RFC 9112 section 5.1)");
            Expect.Equal(400, End("GET / HTTP/1.1", "Host: a", " folded"), "obs-fold");
            Expect.Equal(400, End("GET  / HTTP/1.1"), "two blanks in the request line");
            Expect.Equal(400, End("GET / HTTX/1.1"), "not HTTP");
            Expect.Equal(505, End("GET / HTTP/2.0", "Host: a"), "another major version");
            Expect.Equal(400, End("GET / HTTP/1.1", "Host: a", "Content-Length: 1x"), "an invalid length");
            Expect.Equal(400, End("GET / HTTP/1.1", "Host: a", "Content-Length: 1", "Content-Length: 2"), "two lengths");
            Expect.Equal(414, End("GET /" + new string('a', HttpRequestHead.MaxLine) + " HTTP/1.1"), "a request line past the limit");
            string[] many = new string[HttpRequestHead.MaxFields + 3];
            many[0] = "GET / HTTP/1.1";
            for (int i = 1; i < many.Length; i++)
            {
                many[i] = "X-Field-" + i + ": v";
            }
            Expect.Equal(431, End(many), "too many fields (RFC 6585 section 5)");
            Expect.Equal(431, End("GET / HTTP/1.1", "Host: a", "Cookie: " + new string('c', HttpRequestHead.MaxHeaderBytes)), "a header section past the limit");
        }

        public static void ABodyIsSeen()
        {
            var head = new HttpRequestHead();
            head.Add("POST /form HTTP/1.1");
            head.Add("Host: a");
            head.Add("Content-Length: 5");
            Expect.Equal(200, head.Add(""), "read; the session refuses POST");
            Expect.True(head.HasBody, "a body follows: the connection must close after the answer");
            head = new HttpRequestHead();
            head.Add("POST /form HTTP/1.1");
            head.Add("Host: a");
            head.Add("Transfer-Encoding: chunked");
            head.Add("");
            Expect.True(head.HasBody, "chunked");
        }

        // Feeds the lines, then the blank line; the first status that is not 0.
        private static int End(params string[] lines)
        {
            var head = new HttpRequestHead();
            for (int i = 0; i < lines.Length; i++)
            {
                int status = head.Add(lines[i]);
                if (status != 0)
                {
                    return status;
                }
            }
            return head.Add("");
        }
    }
}
