namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Counts changes to the parts of the model that derived tables are built from (the DNS
    /// zones), so a reader rebuilds only when something changed and allocates nothing otherwise.
    /// </summary>
    public sealed class ModelVersion
    {
        private int _value;

        /// <summary>Changes whenever <see cref="Bump"/> is called.</summary>
        public int Value
        {
            get { return _value; }
        }

        /// <summary>Records a change.</summary>
        public void Bump()
        {
            System.Threading.Interlocked.Increment(ref _value);
        }
    }
}
