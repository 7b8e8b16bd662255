namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Random bytes, given to Core as the clock is (sans-I/O): password salts. The board and the
    /// emulator pass the runtime's generator; tests pass a fixed sequence.
    /// </summary>
    public interface IRandomSource
    {
        /// <summary>Fills <paramref name="buffer"/> with random bytes.</summary>
        void NextBytes(byte[] buffer);
    }
}
