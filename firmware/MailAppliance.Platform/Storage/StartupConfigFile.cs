using System.IO;
using MailAppliance.Core.Text;

namespace MailAppliance.Platform.Storage
{
    /// <summary>The startup-config on the card: IOS-style text, replaced atomically by <c>write memory</c>.</summary>
    public sealed class StartupConfigFile
    {
        private readonly string _path;

        public StartupConfigFile(string path)
        {
            _path = path;
        }

        /// <summary>The saved configuration, or null when there is none or the card cannot be read.</summary>
        public string Load()
        {
            try
            {
                byte[] bytes = AtomicFile.Read(_path);
                return bytes == null ? null : Ascii.GetString(bytes, 0, bytes.Length);
            }
            catch (System.SystemException)
            {
                return null;
            }
        }

        public bool Save(string text)
        {
            try
            {
                AtomicFile.Write(_path, Ascii.GetBytes(text));
                return true;
            }
            catch (System.SystemException)
            {
                return false;
            }
        }

        /// <summary>
        /// Why <c>write memory</c> would fail, found at start-up by writing and removing a probe
        /// beside the startup-config (once a boot: no wear to speak of), or null when it would not.
        /// </summary>
        public string WriteProblem()
        {
            string folder = Path.GetDirectoryName(_path);
            if (folder != null && folder.Length > 0 && !Directory.Exists(folder))
            {
                return folder + " does not exist";
            }
            string probe = _path + ".probe";
            try
            {
                using (var file = new FileStream(probe, FileMode.Create, FileAccess.Write))
                {
                    file.WriteByte(0);
                }
                File.Delete(probe);
                return null;
            }
            catch (System.SystemException e)
            {
                return folder + " cannot be written (" + e.Message + ")";
            }
        }

        public bool Erase()
        {
            try
            {
                if (File.Exists(_path))
                {
                    File.Delete(_path);
                }
                return true;
            }
            catch (System.SystemException)
            {
                return false;
            }
        }
    }
}
