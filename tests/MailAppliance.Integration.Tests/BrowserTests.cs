using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>
/// A real browser against the web server: headless Chromium loads the default page, then the company's page by name
/// (its resolver mapped to the emulator, as the lab's DNS would), with a stylesheet and an
/// image, and its screenshot shows both rendered: the heading in the stylesheet's navy, the
/// image's red square. The screenshot is kept in the test's output folder.
/// </summary>
[TestClass]
public sealed class BrowserTests
{
    [TestMethod]
    public void HeadlessChromiumRendersTheSiteWithItsStylesheetAndImage()
    {
        using var emulator = EmulatorProcess.Start();
        string url = $"http://www.mastertech.com:{emulator.HttpPort}/";
        string rules = "--host-resolver-rules=MAP www.mastertech.com 127.0.0.1";
        var (shown, dom) = ProgramRunner.Run("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", rules, "--dump-dom", url);
        Assert.AreEqual(0, shown, dom);
        StringAssert.Contains(dom, "<h1>It works: www.mastertech.com</h1>", "the default page, before any file is on the card");

        string site = Path.Combine(emulator.DataFolder, "www", "www.mastertech.com");
        Directory.CreateDirectory(Path.Combine(site, "css"));
        File.WriteAllText(Path.Combine(site, "index.html"),
            "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"css/site.css\"></head><body><h1>MasterTech</h1><img src=\"logo.png\" width=\"40\" height=\"40\"></body></html>\n");
        File.WriteAllText(Path.Combine(site, "css", "site.css"), "body { background: #ffffff; margin: 0 } h1 { color: #000080; font-size: 60px; margin: 0 }\n");
        File.WriteAllBytes(Path.Combine(site, "logo.png"), Png.Solid(40, 40, 255, 0, 0));

        string shot = Path.Combine(AppContext.BaseDirectory, "mastertech-screenshot.png");
        File.Delete(shot);
        var (exit, output) = ProgramRunner.Run("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=400,200",
            rules, "--screenshot=" + shot, url);
        Assert.AreEqual(0, exit, output);
        var (width, height, pixels) = Png.Read(File.ReadAllBytes(shot));
        Assert.AreEqual((400, 200), (width, height));
        int navy = pixels.Count(p => p.R < 40 && p.G < 40 && p.B > 100);
        int red = pixels.Count(p => p.R > 220 && p.G < 30 && p.B < 30);
        Assert.IsTrue(navy > 500, $"the heading in the stylesheet's navy: {navy} pixels (the stylesheet was loaded and applied)");
        Assert.IsTrue(red >= 40 * 40 * 9 / 10, $"the image's red square: {red} pixels");
        StringAssert.Contains(emulator.Output, "C: GET /css/site.css HTTP/1.1", "the browser's own requests, in the trace");
        emulator.Stop();
    }

    /// <summary>Just enough PNG for the test: 8-bit RGB or RGBA, not interlaced (what Chromium writes).</summary>
    private static class Png
    {
        public static byte[] Solid(int width, int height, byte r, byte g, byte b)
        {
            var raw = new MemoryStream();
            for (int y = 0; y < height; y++)
            {
                raw.WriteByte(0);
                for (int x = 0; x < width; x++)
                {
                    raw.Write(new[] { r, g, b });
                }
            }
            var png = new MemoryStream();
            png.Write(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 });
            var header = new byte[13];
            BigEndian(header, 0, width);
            BigEndian(header, 4, height);
            header[8] = 8;
            header[9] = 2;
            Chunk(png, "IHDR", header);
            var packed = new MemoryStream();
            using (var z = new ZLibStream(packed, CompressionLevel.Optimal, true))
            {
                z.Write(raw.ToArray());
            }
            Chunk(png, "IDAT", packed.ToArray());
            Chunk(png, "IEND", Array.Empty<byte>());
            return png.ToArray();
        }

        public static (int Width, int Height, (byte R, byte G, byte B)[] Pixels) Read(byte[] png)
        {
            int width = 0, height = 0, channels = 0;
            var data = new MemoryStream();
            for (int at = 8; at < png.Length;)
            {
                int length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
                string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
                if (type == "IHDR")
                {
                    width = (png[at + 8] << 24) | (png[at + 9] << 16) | (png[at + 10] << 8) | png[at + 11];
                    height = (png[at + 12] << 24) | (png[at + 13] << 16) | (png[at + 14] << 8) | png[at + 15];
                    Assert.AreEqual(8, png[at + 16], "8 bits a sample");
                    channels = png[at + 17] == 6 ? 4 : png[at + 17] == 2 ? 3 : throw new AssertFailedException("colour type " + png[at + 17]);
                }
                else if (type == "IDAT")
                {
                    data.Write(png, at + 8, length);
                }
                at += 12 + length;
            }
            data.Position = 0;
            var raw = new MemoryStream();
            using (var z = new ZLibStream(data, CompressionMode.Decompress))
            {
                z.CopyTo(raw);
            }
            byte[] bytes = raw.ToArray();
            int stride = width * channels;
            var previous = new byte[stride];
            var pixels = new (byte, byte, byte)[width * height];
            for (int y = 0; y < height; y++)
            {
                int filter = bytes[y * (stride + 1)];
                var line = new byte[stride];
                Array.Copy(bytes, y * (stride + 1) + 1, line, 0, stride);
                for (int i = 0; i < stride; i++)
                {
                    int left = i >= channels ? line[i - channels] : 0;
                    int up = previous[i];
                    int corner = i >= channels ? previous[i - channels] : 0;
                    int predicted = filter switch
                    {
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, corner),
                        _ => 0,
                    };
                    line[i] = (byte)(line[i] + predicted);
                }
                for (int x = 0; x < width; x++)
                {
                    pixels[y * width + x] = (line[x * channels], line[x * channels + 1], line[x * channels + 2]);
                }
                previous = line;
            }
            return (width, height, pixels);
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c;
            int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }

        private static void BigEndian(byte[] into, int at, int value)
        {
            into[at] = (byte)(value >> 24);
            into[at + 1] = (byte)(value >> 16);
            into[at + 2] = (byte)(value >> 8);
            into[at + 3] = (byte)value;
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            var length = new byte[4];
            BigEndian(length, 0, data.Length);
            png.Write(length);
            byte[] typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            png.Write(typed);
            var crc = new byte[4];
            BigEndian(crc, 0, (int)Crc32(typed));
            png.Write(crc);
        }

        private static uint Crc32(byte[] bytes)
        {
            uint crc = 0xFFFFFFFF;
            foreach (byte b in bytes)
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }
            return ~crc;
        }
    }
}
