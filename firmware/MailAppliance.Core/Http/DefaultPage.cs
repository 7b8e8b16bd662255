namespace MailAppliance.Core.Http
{
    /// <summary>
    /// The page a site with nothing on the card yet shows, as Packet Tracer's server does: it
    /// says which host name was asked for and where the company's pages go, so the students'
    /// first browser test works before anyone has put a page on the card.
    /// </summary>
    internal static class DefaultPage
    {
        public static string For(string host)
        {
            string name = Escape(host ?? "this server's address");
            string folder = host == null ? "www/default/" : "www/" + Escape(host) + "/";
            return "<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>MailAppliance web server</title></head>\r\n"
                + "<body><h1>It works: " + name + "</h1>\r\n"
                + "<p>This is the MailAppliance's web server answering for <b>" + name + "</b>. No page has been put there yet.</p>\r\n"
                + "<p>To publish the company's site, copy its files onto the SD card into the folder <code>" + folder + "</code>"
                + " (its first page is <code>index.html</code>), then put the card back in the appliance.</p></body></html>\r\n";
        }

        // The host name comes from the client: it must not become markup (XSS).
        private static string Escape(string text)
        {
            string escaped = "";
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                escaped += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : c == '"' ? "&quot;" : c.ToString();
            }
            return escaped;
        }
    }
}
