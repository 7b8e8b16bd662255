using MailAppliance.Core.Dhcp;

namespace MailAppliance.Platform.Storage
{
    /// <summary>The DHCP leases as a file on the card, replaced atomically at every change.</summary>
    public sealed class LeaseFile : ILeaseStore
    {
        private readonly string _path;

        public LeaseFile(string path)
        {
            _path = path;
        }

        /// <summary>Loads the saved leases into the table (nothing when there is no file yet).</summary>
        public void LoadInto(DhcpLeases leases, long now)
        {
            byte[] data = AtomicFile.Read(_path);
            if (data != null)
            {
                leases.Load(data, data.Length, now);
            }
        }

        public void Save(byte[] data, int length)
        {
            try
            {
                // Written straight from the lease table's buffer: a copy of it would be one more
                // lease file's worth of heap on the board (3.5 KB at 50 leases).
                AtomicFile.Write(_path, data, length);
            }
            catch (System.SystemException)
            {
                // A card that cannot be written loses lease persistence, not the DHCP service;
                // the next change tries again. (Same catch as the mail store: IOException on
                // the device, IOException or UnauthorizedAccessException on a PC.)
            }
        }
    }
}
