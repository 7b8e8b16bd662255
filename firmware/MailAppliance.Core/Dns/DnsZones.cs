using MailAppliance.Core.Appliance;

namespace MailAppliance.Core.Dns
{
    /// <summary>
    /// The current <see cref="DnsRecordTable"/>, rebuilt only when the model has changed, so a
    /// console change answers at once and a steady stream of queries allocates nothing.
    /// Shared by the UDP responder and every TCP session.
    /// </summary>
    public sealed class DnsZones
    {
        private readonly ApplianceModel _model;
        private readonly object _sync = new object();
        private DnsRecordTable _table;
        private int _builtVersion;

        public DnsZones(ApplianceModel model)
        {
            _model = model;
        }

        /// <summary>The table for the model as it is now.</summary>
        public DnsRecordTable Current
        {
            get
            {
                int version = _model.Version.Value;
                DnsRecordTable table = _table;
                if (table != null && version == _builtVersion)
                {
                    return table;
                }
                lock (_sync)
                {
                    if (_table == null || _builtVersion != version)
                    {
                        _table = DnsZoneBuilder.Build(_model);
                        _builtVersion = version;
                    }
                    return _table;
                }
            }
        }
    }
}
