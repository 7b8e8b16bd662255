using System.Collections;
using MailAppliance.Core.Http;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>Web sites in memory: "host/path" → bytes; the host "default" is the default site. Can be told the card fails.</summary>
    public sealed class MemoryWebContent : IWebContent
    {
        private readonly ArrayList _paths = new ArrayList();
        private readonly ArrayList _files = new ArrayList();
        public StoreResult OpenOutcome = StoreResult.Accepted;

        /// <summary>Appends <paramref name="text"/> to the file <paramref name="path"/> ("css/site.css") of <paramref name="host"/>'s site.</summary>
        public void Add(string host, string path, string text)
        {
            string key = host + "/" + path;
            int i = _paths.IndexOf(key);
            if (i < 0)
            {
                _paths.Add(key);
                _files.Add("");
                i = _paths.Count - 1;
            }
            _files[i] = (string)_files[i] + text;
        }

        public StoreResult Open(string host, string[] names, bool folder, out IWebFile file, out bool isFolder)
        {
            file = null;
            isFolder = false;
            if (OpenOutcome != StoreResult.Accepted)
            {
                return OpenOutcome;
            }
            string site = host != null && HasSite(host) ? host : "default";
            string path = "";
            for (int i = 0; i < names.Length; i++)
            {
                path += (i == 0 ? "" : "/") + names[i];
            }
            int found = _paths.IndexOf(site + "/" + path);
            if (found < 0 && !folder && path.Length > 0 && HasSite(site + "/" + path))
            {
                isFolder = true; // a folder asked for without its '/'
                return StoreResult.Refused;
            }
            if (found < 0 || folder)
            {
                // A folder gives its index.html.
                found = _paths.IndexOf(site + "/" + path + (path.Length == 0 ? "" : "/") + "index.html");
            }
            if (found < 0)
            {
                return StoreResult.Refused;
            }
            file = new File((string)_paths[found], Latin1.GetBytes((string)_files[found]));
            return StoreResult.Accepted;
        }

        private bool HasSite(string host)
        {
            foreach (string key in _paths)
            {
                if (key.StartsWith(host + "/"))
                {
                    return true;
                }
            }
            return false;
        }

        private sealed class File : IWebFile
        {
            private readonly byte[] _bytes;

            public File(string path, byte[] bytes)
            {
                Name = path.Substring(path.LastIndexOf('/') + 1);
                _bytes = bytes;
            }

            public string Name { get; }

            public long Length => _bytes.Length;

            public string Version => MailAppliance.Core.Text.Numbers.ToHex(_bytes.Length, 4) + "-1";

            public int Read(long position, byte[] buffer, int offset, int count)
            {
                int n = (int)(_bytes.Length - position < count ? _bytes.Length - position : count);
                System.Array.Copy(_bytes, (int)position, buffer, offset, n);
                return n;
            }

            public void Close()
            {
            }
        }
    }
}
