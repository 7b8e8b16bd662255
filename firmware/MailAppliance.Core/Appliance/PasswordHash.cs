using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Salted, iterated SHA-256 password hashes, written "$sha256$ITERATIONS$SALT$HASH" (salt and
    /// hash in base64) as the <c>username NAME secret HASH</c> of the configuration. The
    /// iteration count is kept small on purpose: every POP3 login hashes once, on a 240 MHz
    /// interpreter. 128 take 25 ms on nanoCLR on a PC (benchmark nanoclr-login), what 64 took
    /// before Sha256 stopped calling a method per rotation; the board is slower by a factor not yet
    /// measured. It keeps plain passwords out of sight, not a determined attacker with the file
    /// out; online guessing is slowed by <see cref="LoginThrottle"/>. A hash names its own count,
    /// so hashes saved with another one still verify.
    /// </summary>
    public static class PasswordHash
    {
        public const int Iterations = 128;
        private const string Prefix = "$sha256$";

        /// <summary>A new hash of <paramref name="password"/> with the given 8-byte salt.</summary>
        public static string Create(string password, byte[] salt)
        {
            return Create(password, salt, Iterations);
        }

        /// <summary>As above, with another iteration count (the login benchmark measures several).</summary>
        public static string Create(string password, byte[] salt, int iterations)
        {
            return Prefix + iterations + "$" + System.Convert.ToBase64String(salt) + "$"
                + System.Convert.ToBase64String(Compute(password, salt, iterations));
        }

        /// <summary>True when <paramref name="hash"/> has this module's form.</summary>
        public static bool IsHash(string hash)
        {
            byte[] salt;
            byte[] digest;
            int iterations;
            return TryParse(hash, out iterations, out salt, out digest);
        }

        /// <summary>True when <paramref name="password"/> matches <paramref name="hash"/>.</summary>
        public static bool Verify(string password, string hash)
        {
            byte[] salt;
            byte[] digest;
            int iterations;
            if (password == null || !TryParse(hash, out iterations, out salt, out digest))
            {
                return false;
            }
            byte[] computed = Compute(password, salt, iterations);
            int diff = 0;
            for (int i = 0; i < digest.Length; i++)
            {
                diff |= digest[i] ^ computed[i];
            }
            return diff == 0;
        }

        private static bool TryParse(string hash, out int iterations, out byte[] salt, out byte[] digest)
        {
            iterations = 0;
            salt = null;
            digest = null;
            if (hash == null || !hash.StartsWith(Prefix))
            {
                return false;
            }
            string[] parts = hash.Substring(Prefix.Length).Split('$');
            long count;
            if (parts.Length != 3 || !Numbers.TryParse(parts[0], out count) || count < 1 || count > 100000
                || !Sasl.Base64Text.TryDecode(parts[1], out salt) || !Sasl.Base64Text.TryDecode(parts[2], out digest) || digest.Length != 32)
            {
                return false;
            }
            iterations = (int)count;
            return true;
        }

        private static byte[] Compute(string password, byte[] salt, int iterations)
        {
            byte[] secret = Ascii.GetBytes(password);
            var input = new byte[salt.Length + secret.Length];
            System.Array.Copy(salt, input, salt.Length);
            System.Array.Copy(secret, 0, input, salt.Length, secret.Length);
            byte[] digest = Sha256.Hash(input);
            var round = new byte[32 + secret.Length];
            for (int i = 1; i < iterations; i++)
            {
                System.Array.Copy(digest, round, 32);
                System.Array.Copy(secret, 0, round, 32, secret.Length);
                digest = Sha256.Hash(round);
            }
            return digest;
        }
    }
}
