namespace MailAppliance.Core.Appliance
{
    /// <summary>What the platform's TCP loop needs to know to cap and time out a service's connections.</summary>
    public interface IConnectionLimits
    {
        /// <summary>Connections served at once; the next is refused.</summary>
        int MaxSessions { get; }

        /// <summary>Seconds a connection may stay silent.</summary>
        int IdleTimeoutSeconds { get; }

        /// <summary>Seconds from a command's first byte to its last; a client that has not finished by then is closed.</summary>
        int CommandTimeoutSeconds { get; }

        /// <summary>Seconds a reply may wait for the client to take it; a client that stops reading is closed.</summary>
        int SendTimeoutSeconds { get; }

        /// <summary>Sessions without a login from one client address at once; the next is refused.</summary>
        int MaxSessionsPerAddress { get; }
    }
}
