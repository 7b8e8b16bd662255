using MailAppliance.Core.Text;

namespace MailAppliance.Core.Sasl
{
    /// <summary>
    /// Base64 for SASL exchanges (RFC 4954 §4, RFC 5034 §4). Input is checked before it is
    /// decoded, so a client's garbage is a failed parse, not an exception.
    /// </summary>
    internal static class Base64Text
    {
        /// <summary>Decodes <paramref name="text"/>; false when it is not valid base64.</summary>
        public static bool TryDecode(string text, out byte[] bytes)
        {
            bytes = null;
            if (text == null || text.Length % 4 != 0)
            {
                return false;
            }
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool padding = c == '=' && i >= text.Length - 2 && (i == text.Length - 1 || text[i + 1] == '=');
                bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
                if (!alphabet && !padding)
                {
                    return false;
                }
            }
            bytes = System.Convert.FromBase64String(text);
            return true;
        }

        /// <summary>Base64 of an ASCII string (AUTH LOGIN's prompts).</summary>
        public static string Encode(string text)
        {
            return System.Convert.ToBase64String(Ascii.GetBytes(text));
        }
    }
}
