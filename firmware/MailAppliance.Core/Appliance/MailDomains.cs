using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The mail domains the appliance accepts mail for (e.g. mail.com and mt.com), and the
    /// user who receives postmaster mail. Safe to use from several sessions at once.
    /// </summary>
    public sealed class MailDomains
    {
        private string[] _domains = new string[0];
        private readonly object _sync = new object();
        private readonly ModelVersion _version;

        public MailDomains(ModelVersion version)
        {
            _version = version;
        }

        /// <summary>The user who gets mail for postmaster@ every domain (RFC 5321 §4.5.1).</summary>
        public string PostmasterUser { get; set; }

        /// <summary>Adds a domain (stored in lower case); adding one twice changes nothing.</summary>
        public void Add(string domain)
        {
            lock (_sync)
            {
                if (IsLocal(domain))
                {
                    return;
                }
                var grown = StringArrays.Resize(_domains, _domains.Length + 1);
                grown[_domains.Length] = domain.ToLower();
                _domains = grown;
            }
            _version.Bump();
        }

        /// <summary>Removes a domain; false when it is not one.</summary>
        public bool Remove(string domain)
        {
            lock (_sync)
            {
                for (int i = 0; i < _domains.Length; i++)
                {
                    if (Ascii.EqualsIgnoreCase(_domains[i], domain))
                    {
                        _domains = StringArrays.Without(_domains, i);
                        _version.Bump();
                        return true;
                    }
                }
                return false;
            }
        }

        /// <summary>True when <paramref name="domain"/> is one of the appliance's mail domains.</summary>
        public bool IsLocal(string domain)
        {
            lock (_sync)
            {
                for (int i = 0; i < _domains.Length; i++)
                {
                    if (Ascii.EqualsIgnoreCase(_domains[i], domain))
                    {
                        return true;
                    }
                }
                return false;
            }
        }

        /// <summary>The first domain added: the appliance's own name in greetings.</summary>
        public string Primary
        {
            get
            {
                lock (_sync)
                {
                    return _domains.Length == 0 ? "localhost" : _domains[0];
                }
            }
        }

        /// <summary>The domains, in the order they were added.</summary>
        public string[] All
        {
            get
            {
                lock (_sync)
                {
                    return (string[])_domains.Clone();
                }
            }
        }
    }
}
