namespace MailAppliance.Core.Http
{
    /// <summary>
    /// Last-Modified for files whose card gives no modification time (nanoFramework's file system
    /// has none): the time this appliance first served the file's present version (its ETag),
    /// for the last <see cref="Size"/> files. After a restart, or once a file falls out, the time
    /// is later than before, so an If-Modified-Since never gets a 304 it should not: at worst a
    /// browser downloads a file again (RFC 9110 §8.8.2 asks only for a date "reasonably" known).
    /// Shared by the connections, hence the lock.
    /// </summary>
    public sealed class FirstSeen
    {
        public const int Size = 32;

        private readonly object _sync = new object();
        private readonly string[] _keys = Text.StringArrays.New(Size);
        private readonly long[] _ticks = new long[Size];
        private int _next;

        /// <summary>When <paramref name="key"/> (a path and its version) was first seen; now when it is new.</summary>
        public System.DateTime Of(string key, System.DateTime now)
        {
            lock (_sync)
            {
                for (int i = 0; i < Size; i++)
                {
                    if (_keys[i] == key)
                    {
                        return new System.DateTime(_ticks[i]);
                    }
                }
                // HTTP dates have whole seconds: keep none finer, so an If-Modified-Since echoes it exactly.
                long seconds = now.Ticks - now.Ticks % System.TimeSpan.TicksPerSecond;
                _keys[_next] = key;
                _ticks[_next] = seconds;
                _next = (_next + 1) % Size;
                return new System.DateTime(seconds);
            }
        }
    }
}
