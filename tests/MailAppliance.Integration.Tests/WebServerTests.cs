using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// Task 2's website on the emulator with curl: the default page before any file is on the card,
/// a site chosen by name (curl's --resolve, as the lab's DNS would), a stylesheet, HEAD, a range,
/// a conditional request, keep-alive, and a path trying to climb out of the site.
/// </summary>
[TestClass]
public sealed class WebServerTests
{
    [TestMethod]
    public void CurlGetsTheDefaultPageThenTheCompanysSite()
    {
        using var emulator = EmulatorProcess.Start();
        string site = $"http://www.mastertech.com:{emulator.HttpPort}/";
        string resolve = $"www.mastertech.com:{emulator.HttpPort}:127.0.0.1";

        var (exit, page) = ProgramRunner.Run("curl", "-sS", "--resolve", resolve, site);
        Assert.AreEqual(0, exit, page);
        StringAssert.Contains(page, "It works: www.mastertech.com", "the default page names the host asked for");
        StringAssert.Contains(page, "www/www.mastertech.com/", "and where its pages go");

        string folder = Path.Combine(emulator.DataFolder, "www", "www.mastertech.com");
        Directory.CreateDirectory(Path.Combine(folder, "css"));
        File.WriteAllText(Path.Combine(folder, "index.html"), "<html><link rel=stylesheet href=css/site.css><h1>MasterTech</h1></html>\n");
        File.WriteAllText(Path.Combine(folder, "css", "site.css"), "h1 { color: navy }\n");

        (exit, page) = ProgramRunner.Run("curl", "-sS", "--resolve", resolve, site);
        StringAssert.Contains(page, "<h1>MasterTech</h1>", "the company's page, read from the card at once");
        (exit, string headers) = ProgramRunner.Run("curl", "-sS", "-I", "--resolve", resolve, site + "css/site.css");
        StringAssert.Contains(headers, "Content-Type: text/css; charset=utf-8");
        StringAssert.Contains(headers, "Content-Length: 19");
        string etag = System.Text.RegularExpressions.Regex.Match(headers, "ETag: (\"[^\"]+\")").Groups[1].Value;
        Assert.AreNotEqual("", etag, headers);
        (exit, string range) = ProgramRunner.Run("curl", "-sS", "-r", "0-1", "--resolve", resolve, site + "css/site.css");
        Assert.AreEqual("h1", range, "a range");
        (exit, string cached) = ProgramRunner.Run("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-H", "If-None-Match: " + etag, "--resolve", resolve, site + "css/site.css");
        Assert.AreEqual("304", cached, "the browser's copy is still good");
        (exit, string both) = ProgramRunner.Run("curl", "-sS", "-v", "--resolve", resolve, site + "css/site.css", site + "index.html");
        StringAssert.Contains(both, "Re-using existing connection", "keep-alive: the second request on the same connection");
        Directory.CreateDirectory(Path.Combine(folder, "about"));
        File.WriteAllText(Path.Combine(folder, "about", "index.html"), "<p>About us</p>\n");
        (exit, string about) = ProgramRunner.Run("curl", "-sS", "-L", "--resolve", resolve, site + "about");
        Assert.AreEqual("<p>About us</p>\n", about, "/about is redirected to /about/ and its index.html");
        (exit, string climb) = ProgramRunner.Run("curl", "-sS", "--path-as-is", "-o", "/dev/null", "-w", "%{http_code}", "--resolve", resolve, site + "../../mail/client2/");
        Assert.AreEqual("400", climb, "no way out of the site's folder");
        emulator.Stop();
    }

    [TestMethod]
    public void PythonsHttpClientKeepsOneConnectionForSeveralRequests()
    {
        using var emulator = EmulatorProcess.Start();
        string folder = Path.Combine(emulator.DataFolder, "www", "www.mastertech.com");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), "<h1>MasterTech</h1>\n");
        string script = "import http.client,sys\n"
            + "c = http.client.HTTPConnection(sys.argv[1], int(sys.argv[2]))\n"
            + "for path in ['/', '/index.html', '/nothing']:\n"
            + "    c.request('GET', path, headers={'Host': 'www.mastertech.com'})\n"
            + "    r = c.getresponse()\n"
            + "    print(r.status, r.getheader('Content-Type'), len(r.read()))\n"
            + "c.request('HEAD', '/', headers={'Host': 'www.mastertech.com'})\n"
            + "r = c.getresponse()\n"
            + "print(r.status, r.getheader('Content-Length'), len(r.read()))\n"
            + "print('one connection' if c.sock is not None else 'closed')\n";
        var (exit, output) = ProgramRunner.Run("python3", "-c", script, emulator.Host, emulator.HttpPort.ToString());
        Assert.AreEqual(0, exit, output);
        CollectionAssert.AreEqual(new[]
        {
            "200 text/html; charset=utf-8 20", "200 text/html; charset=utf-8 20", "404 text/html; charset=utf-8 154",
            "200 20 0", "one connection",
        }, output.Trim().Split('\n'), output);
        emulator.Stop();
    }
}
