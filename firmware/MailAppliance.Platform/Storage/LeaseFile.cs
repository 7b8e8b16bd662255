using MailAppliance.Core.Dhcp;

namespace MailAppliance.Platform.Storage
{
    /// <summary>The DHCP leases as a file on the card, replaced atomically at every change.</summary>
    public sealed class LeaseFile : ILeaseStore
    {
        private readonly string _path;
        private readonly byte[] _line = new byte[DhcpLeases.MaxLine];

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

        public void Save(DhcpLeases leases)
        {
            try
            {
                // A line at a time: the whole file in the heap was 4 KB at 50 leases on the board.
                using (var stream = AtomicFile.Begin(_path))
                {
                    for (int i = 0; i < leases.Count; i++)
                    {
                        int n = leases.Line(i, _line);
                        stream.Write(_line, 0, n);
                    }
                    stream.Flush();
                }
                AtomicFile.Complete(_path);
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
