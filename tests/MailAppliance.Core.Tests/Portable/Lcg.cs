namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>
    /// A seeded random sequence that is the same on every runtime (System.Random is not: .NET and
    /// nanoFramework use other algorithms), so random-input cases compare byte for byte. Knuth's
    /// MMIX constants; the high bits are used.
    /// </summary>
    public sealed class Lcg
    {
        private ulong _state;

        public Lcg(ulong seed)
        {
            _state = seed;
        }

        /// <summary>A number in [0, <paramref name="bound"/>).</summary>
        public int Next(int bound)
        {
            _state = _state * 6364136223846793005UL + 1442695040888963407UL;
            return (int)((_state >> 33) % (ulong)bound);
        }

        public void Fill(byte[] bytes)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)Next(256);
            }
        }
    }
}
