using MailAppliance.Core.Http;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Http
{
    /// <summary>Request targets as places inside a site's folder: each way out is tried and refused. On .NET and nanoCLR.</summary>
    public static class SitePathCases
    {
        public static void PathsInsideTheSite()
        {
            Expect.Equal("/", Names("/"), "the root, a folder");
            Expect.Equal("index.html", Names("/index.html"), "a file");
            Expect.Equal("css/site.css", Names("/css/./site.css?v=2"), "a dot and a query");
            Expect.Equal("my report.html", Names("/my%20report.html"), "a blank, encoded");
            Expect.Equal("caf\u00e9.html", Names("/caf%C3%A9.html"), "UTF-8, encoded");
            Expect.Equal("a/b", Names("//a//b"), "empty levels");
            Expect.Equal("pics/", Names("/pics/"), "a folder: its index.html is meant");
            bool folder;
            string host;
            Expect.Equal(1, SitePath.Resolve("http://www.mastertech.com/about.html", out folder, out host).Length, "the absolute form");
            Expect.Equal("www.mastertech.com", host, "its host is the one asked for (RFC 9112 section 3.2.2)");
        }

        public static void EveryWayOutIsRefused()
        {
            string[] attempts =
            {
                "/../etc/passwd", "/a/../../x", "/%2e%2e/x", "/%2E%2E%2Fsecret", "/a%2f..%2f..%2fx", "/..%5cwin.ini",
                "/a\\b", "/C:/config", "/a%00.html", "/a%3a", "/x.html.", "/x.html%20", "/a%",
                "/a%zz", "/%C0%AE%C0%AE/x", "/%ED%A0%80", "*", "www.example.com:80", "/a b", "/a\u00e9",
                "/a%7c", "/a%3C", "/a%22", "/a%3F",
            };
            for (int i = 0; i < attempts.Length; i++)
            {
                bool folder;
                string host;
                Expect.True(SitePath.Resolve(attempts[i], out folder, out host) == null, "refused: " + attempts[i]);
            }
            Expect.True(SitePath.Resolve("/1/2/3/4/5/6/7/8/9", out bool deep, out string none) == null, "deeper than the limit");
        }

        public static void ContentTypesByExtension()
        {
            Expect.Equal("text/html; charset=utf-8", ContentTypes.Of("index.HTML"), "any case");
            Expect.Equal("text/css; charset=utf-8", ContentTypes.Of("site.css"), "css");
            Expect.Equal("image/png", ContentTypes.Of("logo.png"), "png");
            Expect.Equal("image/svg+xml", ContentTypes.Of("logo.svg"), "svg");
            Expect.Equal("application/octet-stream", ContentTypes.Of("README"), "none");
        }

        public static void TheDefaultPageNeverTurnsAHostIntoMarkup()
        {
            string page = DefaultPage.For("a<script>\"&");
            Expect.True(page.IndexOf("<script>") < 0, "escaped");
            Expect.True(page.IndexOf("a&lt;script&gt;&quot;&amp;") >= 0, "as text: " + page);
        }

        private static string Names(string target)
        {
            bool folder;
            string host;
            string[] names = SitePath.Resolve(target, out folder, out host);
            if (names == null)
            {
                return "(refused)";
            }
            string joined = "";
            for (int i = 0; i < names.Length; i++)
            {
                joined += (i == 0 ? "" : "/") + names[i];
            }
            return joined + (folder ? "/" : "");
        }
    }
}
