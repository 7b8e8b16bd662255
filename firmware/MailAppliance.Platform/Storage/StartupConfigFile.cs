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
