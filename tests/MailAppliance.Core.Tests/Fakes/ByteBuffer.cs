using System;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>A growing byte array (no List&lt;byte&gt; on nanoFramework).</summary>
    public sealed class ByteBuffer
    {
        private byte[] _bytes = new byte[256];

        public int Length { get; private set; }

        public void Append(byte[] buffer, int offset, int count)
        {
            if (Length + count > _bytes.Length)
            {
                var grown = new byte[_bytes.Length * 2 > Length + count ? _bytes.Length * 2 : Length + count];
                Array.Copy(_bytes, grown, Length);
                _bytes = grown;
            }
            Array.Copy(buffer, offset, _bytes, Length, count);
            Length += count;
        }

        public void Append(byte[] bytes) => Append(bytes, 0, bytes.Length);

        public void Clear() => Length = 0;

        public byte[] ToArray()
        {
            var copy = new byte[Length];
            Array.Copy(_bytes, copy, Length);
            return copy;
        }
    }
}
