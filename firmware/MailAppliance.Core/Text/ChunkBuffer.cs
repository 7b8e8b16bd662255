namespace MailAppliance.Core.Text
{
    /// <summary>
    /// A fixed buffer that collects small pieces into one chunk, so storage and the network
    /// get a few large writes instead of one per line (each is a native call on the board).
    /// </summary>
    internal sealed class ChunkBuffer
    {
        /// <summary>The collected bytes: the first <see cref="Length"/> are valid.</summary>
        public readonly byte[] Bytes;

        public ChunkBuffer(int size)
        {
            Bytes = new byte[size];
        }

        /// <summary>How many bytes are collected.</summary>
        public int Length { get; private set; }

        /// <summary>True when no more fit; hand the chunk on and <see cref="Clear"/> it.</summary>
        public bool IsFull
        {
            get { return Length == Bytes.Length; }
        }

        /// <summary>Copies as many of the bytes as fit; returns how many that was.</summary>
        public int Fill(byte[] source, int offset, int count)
        {
            int n = Bytes.Length - Length;
            if (n > count)
            {
                n = count;
            }
            System.Array.Copy(source, offset, Bytes, Length, n);
            Length += n;
            return n;
        }

        /// <summary>Empties the buffer.</summary>
        public void Clear()
        {
            Length = 0;
        }
    }
}
