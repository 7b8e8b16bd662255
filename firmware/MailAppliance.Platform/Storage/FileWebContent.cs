using System.IO;
using MailAppliance.Core.Http;
using MailAppliance.Core.Storage;

namespace MailAppliance.Platform.Storage
{
    /// <summary>
    /// The web sites on the card: <c>www/&lt;host name&gt;/</c> for each, <c>www/default/</c> for
    /// requests by address or for names with no folder. Only read, never written. The card can
    /// go and come back: every request looks again, and a card that cannot be read is TryLater.
    /// </summary>
    public sealed class FileWebContent : IWebContent
    {
        public const string DefaultSite = "default";

        private readonly string _www;

        public FileWebContent(string cardRoot)
        {
            _www = Path.Combine(cardRoot, "www");
        }

        public StoreResult Open(string host, string[] names, bool folder, out IWebFile file, out bool isFolder)
        {
            file = null;
            isFolder = false;
            try
            {
                string site = host != null && Directory.Exists(Path.Combine(_www, host)) ? Path.Combine(_www, host) : Path.Combine(_www, DefaultSite);
                string path = site;
                for (int i = 0; i < names.Length; i++)
                {
                    path = Path.Combine(path, names[i]);
                }
                if (Directory.Exists(path) && !folder && names.Length > 0)
                {
                    isFolder = true;
                    return StoreResult.Refused;
                }
                if (folder || Directory.Exists(path))
                {
                    path = Path.Combine(path, "index.html");
                }
                if (!File.Exists(path))
                {
                    return StoreResult.Refused;
                }
                file = new FileWebFile(path);
                return StoreResult.Accepted;
            }
            catch (System.SystemException)
            {
                return StoreResult.TryLater;
            }
        }
    }
}
