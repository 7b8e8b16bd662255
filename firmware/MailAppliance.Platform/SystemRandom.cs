using MailAppliance.Core.Appliance;

namespace MailAppliance.Platform
{
    /// <summary>The runtime's generator: salts need to differ, not to be secret.</summary>
    public sealed class SystemRandom : IRandomSource
    {
        private readonly System.Random _random = new System.Random();

        public void NextBytes(byte[] buffer)
        {
            lock (_random)
            {
                _random.NextBytes(buffer);
            }
        }
    }
}
