namespace MailAppliance.Core.Dhcp
{
    /// <summary>Where the lease table is kept between restarts (a file on the board's internal flash, replaced atomically).</summary>
    public interface ILeaseStore
    {
        /// <summary>
        /// Replaces the saved leases with <paramref name="leases"/>' lines, taken one at a time
        /// into a buffer of <see cref="DhcpLeases.MaxLine"/> bytes, so the whole file is never
        /// held in the heap.
        /// </summary>
        void Save(DhcpLeases leases);
    }
}
