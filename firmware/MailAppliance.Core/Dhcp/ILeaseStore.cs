namespace MailAppliance.Core.Dhcp
{
    /// <summary>Where the lease table is kept between restarts (a file on the board's internal flash, replaced atomically).</summary>
    public interface ILeaseStore
    {
        /// <summary>Replaces the saved leases with these bytes.</summary>
        void Save(byte[] data, int length);
    }
}
