using MailAppliance.Core.Text;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// Reads MIME header values (RFC 2045 §5.1): "type/subtype; name=value; name=\"quoted\"", as
    /// Content-Type and Content-Disposition have them, leniently: what cannot be read is left out.
    /// </summary>
    internal static class MimeFields
    {
        /// <summary>The value before the first ';', trimmed and lower case ("text/plain", "attachment"); "" when none.</summary>
        public static string Value(string field)
        {
            if (field == null)
            {
                return "";
            }
            int semicolon = field.IndexOf(';');
            return (semicolon < 0 ? field : field.Substring(0, semicolon)).Trim().ToLower();
        }

        /// <summary>The parameters after the value, as name, value pairs; names lower case.</summary>
        public static string[] Parameters(string field)
        {
            var pairs = StringArrays.New(8);
            int count = 0;
            int at = field == null ? -1 : field.IndexOf(';');
            while (at >= 0 && at < field.Length)
            {
                int equals = field.IndexOf('=', at + 1);
                if (equals < 0)
                {
                    break;
                }
                string name = field.Substring(at + 1, equals - at - 1).Trim().ToLower();
                string value;
                int next;
                int start = equals + 1;
                while (start < field.Length && (field[start] == ' ' || field[start] == '\t'))
                {
                    start++;
                }
                if (start < field.Length && field[start] == '"')
                {
                    value = Quoted(field, start, out next);
                    next = field.IndexOf(';', next);
                }
                else
                {
                    next = field.IndexOf(';', start);
                    value = (next < 0 ? field.Substring(start) : field.Substring(start, next - start)).Trim();
                }
                if (name.Length > 0 && name.IndexOf(' ') < 0)
                {
                    if (count + 2 > pairs.Length)
                    {
                        pairs = StringArrays.Resize(pairs, pairs.Length * 2);
                    }
                    pairs[count++] = name;
                    pairs[count++] = value;
                }
                at = next;
            }
            return StringArrays.Resize(pairs, count);
        }

        /// <summary>The value of parameter <paramref name="name"/> (lower case), or null.</summary>
        public static string Parameter(string field, string name)
        {
            string[] pairs = Parameters(field);
            for (int i = 0; i < pairs.Length; i += 2)
            {
                if (pairs[i] == name)
                {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        /// <summary>A quoted-string (RFC 5322 §3.2.4) from the opening quote at <paramref name="start"/>: its text without the quoting; <paramref name="next"/> is just past it.</summary>
        public static string Quoted(string field, int start, out int next)
        {
            string value = "";
            int i = start + 1;
            while (i < field.Length && field[i] != '"')
            {
                if (field[i] == '\\' && i + 1 < field.Length)
                {
                    i++;
                }
                value += field[i];
                i++;
            }
            next = i < field.Length ? i + 1 : i;
            return value;
        }
    }
}
