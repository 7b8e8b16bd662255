using MailAppliance.Core.Text;

namespace MailAppliance.Core.Sasl
{
    /// <summary>The PLAIN mechanism's message (RFC 4616 §2): [authzid] NUL authcid NUL passwd, in base64.</summary>
    internal static class SaslPlain
    {
        /// <summary>
        /// Reads user and password from a base64 PLAIN response; false when it is not PLAIN's
        /// form. An authorization identity other than the user itself gets a null password,
        /// so the login fails: the appliance has no proxy logins.
        /// </summary>
        public static bool TryParse(string base64, out string user, out string password)
        {
            user = null;
            password = null;
            byte[] raw;
            if (!Base64Text.TryDecode(base64, out raw))
            {
                return false;
            }
            int first = System.Array.IndexOf(raw, (byte)0);
            if (first < 0)
            {
                return false;
            }
            int second = System.Array.IndexOf(raw, (byte)0, first + 1);
            // RFC 4616 §2: authcid and passwd are 1*SAFE, so neither is empty and there is no third NUL.
            if (second < 0 || second == first + 1 || second == raw.Length - 1 || System.Array.IndexOf(raw, (byte)0, second + 1) >= 0)
            {
                return false;
            }
            string authzid = Ascii.GetString(raw, 0, first);
            user = Ascii.GetString(raw, first + 1, second - first - 1);
            password = Ascii.GetString(raw, second + 1, raw.Length - second - 1);
            if (authzid.Length > 0 && authzid != user)
            {
                password = null;
            }
            return true;
        }
    }
}
