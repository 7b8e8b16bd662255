using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>"Random" bytes that count up: every salt differs, and every run gives the same ones.</summary>
    public sealed class CountingRandom : IRandomSource
    {
        private byte _next = 1;

        public void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = _next++;
            }
        }
    }
}
