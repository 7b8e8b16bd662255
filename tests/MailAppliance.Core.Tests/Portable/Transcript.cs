using MailAppliance.Core.Tests.Fakes;

namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>
    /// What a byte-giving case hands back: every reply (or silence, or a returned code) with a
    /// two-byte length before it, so the comparison with .NET names the reply that differs. Cases
    /// with thousands of replies keep each one's length and FNV-1a hash instead of its bytes, so
    /// what they give stays small in the board-sized heap of the nanoCLR run.
    /// </summary>
    public sealed class Transcript
    {
        private readonly ByteBuffer _bytes = new ByteBuffer();
        private readonly bool _digests;

        public Transcript() : this(false)
        {
        }

        public Transcript(bool digestsOnly)
        {
            _digests = digestsOnly;
        }

        /// <summary>A reply of <paramref name="length"/> bytes, or (for a negative length or 0) that code alone.</summary>
        public void Reply(byte[] reply, int length)
        {
            if (length <= 0)
            {
                Code(length);
                return;
            }
            _bytes.Append(new byte[] { (byte)(length >> 8), (byte)length });
            if (!_digests)
            {
                _bytes.Append(reply, 0, length);
                return;
            }
            uint hash = 2166136261;
            for (int i = 0; i < length; i++)
            {
                hash = (hash ^ reply[i]) * 16777619;
            }
            _bytes.Append(new byte[] { (byte)(hash >> 24), (byte)(hash >> 16), (byte)(hash >> 8), (byte)hash });
        }

        /// <summary>A number the engine returned: written as 0xFF 0xFF and four bytes.</summary>
        public void Code(long value) => _bytes.Append(new byte[] { 0xFF, 0xFF, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value });

        public void Text(string text) => _bytes.Append(Latin1.GetBytes(text));

        public byte[] ToArray() => _bytes.ToArray();
    }
}
