using MailAppliance.Core.Text;

namespace MailAppliance.Core.Http
{
    /// <summary>
    /// One range of a Range header (RFC 9110 §14.1.2): "bytes=0-99", "bytes=100-", "bytes=-50".
    /// Several ranges are answered with the whole file, as RFC 9110 §14.2 lets a server do.
    /// </summary>
    internal static class ByteRange
    {
        /// <summary>
        /// 206 with <paramref name="start"/> and <paramref name="count"/>, 416 when no byte of the
        /// file is in it, or 200 (the whole file) when there is no usable single range.
        /// </summary>
        public static int Read(string header, long length, out long start, out long count)
        {
            start = 0;
            count = length;
            if (header == null || !header.StartsWith("bytes=") || header.IndexOf(',') >= 0)
            {
                return 200;
            }
            string spec = header.Substring(6).Trim();
            int dash = spec.IndexOf('-');
            if (dash < 0)
            {
                return 200;
            }
            long first;
            long last;
            bool hasFirst = Numbers.TryParse(spec.Substring(0, dash), out first);
            bool hasLast = Numbers.TryParse(spec.Substring(dash + 1), out last);
            if (!hasFirst && !hasLast)
            {
                return 200;
            }
            if (!hasFirst)
            {
                // The last N bytes.
                if (last == 0)
                {
                    return 416;
                }
                start = last >= length ? 0 : length - last;
            }
            else
            {
                if (hasLast && last < first)
                {
                    return 200; // invalid: ignored (RFC 9110 §14.1.1)
                }
                if (first >= length)
                {
                    return 416;
                }
                start = first;
                last = hasLast && last < length ? last : length - 1;
                count = last - start + 1;
                return 206;
            }
            count = length - start;
            return 206;
        }
    }
}
