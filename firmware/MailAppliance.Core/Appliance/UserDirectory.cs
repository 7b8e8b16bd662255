using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The appliance's users. A user owns one mailbox, reached from every mail domain, as
    /// Postfix's local users are. Names are case-insensitive and kept in lower case. Passwords
    /// are kept only as salted hashes (<see cref="PasswordHash"/>). Safe to use from several
    /// sessions at once.
    /// </summary>
    public sealed class UserDirectory
    {
        private string[] _names = new string[0];
        private string[] _hashes = new string[0];
        private readonly object _sync = new object();

        // Salts need to differ, not to be secret.
        private readonly IRandomSource _salts;

        public UserDirectory(IRandomSource salts)
        {
            _salts = salts;
        }

        /// <summary>Eight fresh bytes of salt for a password hash (<see cref="PasswordHash.Create"/>).</summary>
        public byte[] NewSalt()
        {
            var salt = new byte[8];
            lock (_sync)
            {
                _salts.NextBytes(salt);
            }
            return salt;
        }

        /// <summary>Adds a user or changes the password of an existing one. False if the name is not a valid user name.</summary>
        public bool Set(string name, string password)
        {
            if (password == null)
            {
                return false;
            }
            return SetHash(name, PasswordHash.Create(password, NewSalt()));
        }

        /// <summary>Adds or changes a user from a saved hash (<c>username NAME secret HASH</c>).</summary>
        public bool SetHash(string name, string hash)
        {
            if (!IsValidName(name) || !PasswordHash.IsHash(hash))
            {
                return false;
            }
            name = name.ToLower();
            lock (_sync)
            {
                int i = IndexOf(name);
                if (i < 0)
                {
                    i = _names.Length;
                    _names = StringArrays.Resize(_names, _names.Length + 1);
                    _hashes = StringArrays.Resize(_hashes, _hashes.Length + 1);
                    _names[i] = name;
                }
                _hashes[i] = hash;
                return true;
            }
        }

        /// <summary>Removes a user; false when there is none by that name.</summary>
        public bool Remove(string name)
        {
            lock (_sync)
            {
                int i = IndexOf(name);
                if (i < 0)
                {
                    return false;
                }
                _names = StringArrays.Without(_names, i);
                _hashes = StringArrays.Without(_hashes, i);
                return true;
            }
        }

        /// <summary>The saved hash of a user, or null.</summary>
        public string HashOf(string name)
        {
            lock (_sync)
            {
                int i = IndexOf(name);
                return i < 0 ? null : _hashes[i];
            }
        }

        /// <summary>The canonical (lower-case) name of a user, or null when there is none.</summary>
        public string Find(string name)
        {
            lock (_sync)
            {
                int i = IndexOf(name);
                return i < 0 ? null : _names[i];
            }
        }

        /// <summary>
        /// How the log names the user of a failed login: the user when one has that name, else
        /// "an unknown user" — what was typed may be a password typed into the user field.
        /// </summary>
        public string NameForLog(string typed)
        {
            string name = typed == null ? null : Find(typed);
            return name ?? "an unknown user";
        }

        /// <summary>The canonical name when the password is right, else null.</summary>
        public string Authenticate(string name, string password)
        {
            string canonical;
            string hash;
            lock (_sync)
            {
                int i = IndexOf(name);
                if (i < 0 || password == null)
                {
                    return null;
                }
                canonical = _names[i];
                hash = _hashes[i];
            }
            return PasswordHash.Verify(password, hash) ? canonical : null;
        }

        /// <summary>The user names, in the order they were added.</summary>
        public string[] Names
        {
            get
            {
                lock (_sync)
                {
                    return (string[])_names.Clone();
                }
            }
        }

        /// <summary>
        /// A user name is a mailbox folder name on a FAT card and the local part of an
        /// address: letters, digits, '.', '-', '_', at most 32 characters, not starting with '.'.
        /// </summary>
        public static bool IsValidName(string name)
        {
            if (name == null || name.Length == 0 || name.Length > 32 || name[0] == '.')
            {
                return false;
            }
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
                if (!ok)
                {
                    return false;
                }
            }
            return true;
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(_names[i], name))
                {
                    return i;
                }
            }
            return -1;
        }

    }
}
