using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>The ESMTP parameters of MAIL FROM (RFC 5321 §4.1.2 Mail-parameters).</summary>
    internal static class MailParameters
    {
        /// <summary>
        /// Checks SIZE (RFC 1870), BODY (RFC 6152) and AUTH= (RFC 4954 §5, accepted and
        /// ignored); anything else is refused with 555 (RFC 5321 §4.1.1.11). Returns the
        /// refusing reply, or null when the parameters are acceptable.
        /// </summary>
        public static string Check(string parameters, long maxMessageSize)
        {
            string[] items = parameters.Split(' ');
            for (int i = 0; i < items.Length; i++)
            {
                string item = items[i];
                if (item.Length == 0)
                {
                    continue;
                }
                int equals = item.IndexOf('=');
                string key = (equals < 0 ? item : item.Substring(0, equals)).ToUpper();
                string value = equals < 0 ? "" : item.Substring(equals + 1);
                if (key == "SIZE")
                {
                    long size;
                    if (!Numbers.TryParse(value, out size))
                    {
                        return SmtpReplies.BadSize;
                    }
                    if (size > maxMessageSize)
                    {
                        return SmtpReplies.MessageTooBig;
                    }
                }
                else if (key == "BODY")
                {
                    string body = value.ToUpper();
                    if (body != "7BIT" && body != "8BITMIME")
                    {
                        return string.Format(SmtpReplies.UnknownParameter, item);
                    }
                }
                else if (key != "AUTH")
                {
                    return string.Format(SmtpReplies.UnknownParameter, item);
                }
            }
            return null;
        }
    }
}
