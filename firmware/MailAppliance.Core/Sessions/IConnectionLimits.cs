namespace MailAppliance.Core.Sessions
{
    /// <summary>What the platform's TCP loop needs to know to cap and time out a service's connections.</summary>
    public interface IConnectionLimits
    {
        /// <summary>Connections served at once; the next is refused.</summary>
        int MaxSessions { get; }

        /// <summary>Seconds a connection may stay silent.</summary>
        int IdleTimeoutSeconds { get; }
    }
}
