using MailAppliance.Core.Text;

namespace MailAppliance.Core.Http
{
    /// <summary>
    /// A request-target (RFC 9112 §3.2) as a file's place inside a site's folder: the path
    /// percent-decoded once (RFC 3986 §2.1), as UTF-8, then split into names that may only go
    /// down. Anything that could reach outside the folder or name a file another way is refused
    /// with 400 rather than tidied up: "..", encoded or not, a backslash, a drive's colon, NUL
    /// and the other characters FAT does not take, and names ending in a dot or a blank, which
    /// FAT drops (so "a.html." would be "a.html").
    /// </summary>
    internal static class SitePath
    {
        public const int MaxLevels = 8;
        public const int MaxName = 128;

        /// <summary>
        /// The names under the site's folder (none: its root), or null when the target cannot be
        /// one (then 400). <paramref name="folder"/> is true when it ends in '/', so the
        /// folder's index.html is meant; <paramref name="host"/> is the host an absolute-form
        /// target names (RFC 9112 §3.2.2), else null.
        /// </summary>
        public static string[] Resolve(string target, out bool folder, out string host)
        {
            folder = false;
            host = null;
            string path = target;
            if (target.ToLower().StartsWith("http://"))
            {
                int slash = target.IndexOf('/', 7);
                host = slash < 0 ? target.Substring(7) : target.Substring(7, slash - 7);
                path = slash < 0 ? "/" : target.Substring(slash);
            }
            int query = path.IndexOf('?');
            path = query < 0 ? path : path.Substring(0, query);
            if (path.Length == 0 || path[0] != '/')
            {
                return null; // '*' and the authority form are not for GET or HEAD
            }
            string decoded = Decode(path);
            if (decoded == null)
            {
                return null;
            }
            folder = decoded[decoded.Length - 1] == '/';
            string[] parts = decoded.Split('/');
            var names = StringArrays.New(parts.Length);
            int count = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                string name = parts[i];
                if (name.Length == 0 || name == ".")
                {
                    continue;
                }
                if (count == MaxLevels || !Allowed(name))
                {
                    return null;
                }
                names[count++] = name;
            }
            return StringArrays.Resize(names, count);
        }

        // A name FAT stores as written that stays in its folder.
        private static bool Allowed(string name)
        {
            if (name == ".." || name.Length > MaxName)
            {
                return false;
            }
            char last = name[name.Length - 1];
            if (last == '.' || last == ' ')
            {
                return false;
            }
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c < ' ' || c == 0x7F || "\\:*?\"<>|".IndexOf(c) >= 0)
                {
                    return false;
                }
            }
            return true;
        }

        // %XX to bytes, then UTF-8 to text; null for a broken escape or bytes that are not UTF-8.
        private static string Decode(string path)
        {
            var bytes = new byte[path.Length];
            int count = 0;
            for (int i = 0; i < path.Length; i++)
            {
                char c = path[i];
                if (c == '%')
                {
                    int high = i + 2 < path.Length ? Hex(path[i + 1]) : -1;
                    int low = high < 0 ? -1 : Hex(path[i + 2]);
                    if (low < 0)
                    {
                        return null;
                    }
                    bytes[count++] = (byte)(high * 16 + low);
                    i += 2;
                }
                else if (c > '~' || c <= ' ')
                {
                    return null; // RFC 9112 §3.2: a target has no raw blanks, controls or 8-bit bytes
                }
                else
                {
                    bytes[count++] = (byte)c;
                }
            }
            return Utf8.Decode(bytes, count);
        }

        private static int Hex(char c)
        {
            return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }
    }
}
