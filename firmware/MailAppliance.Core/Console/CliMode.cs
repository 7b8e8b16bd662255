namespace MailAppliance.Core.Console
{
    /// <summary>The command modes of an IOS-style console, each with its prompt.</summary>
    public enum CliMode
    {
        /// <summary>"host&gt;": only when an enable secret is set and not yet given.</summary>
        UserExec,

        /// <summary>"host#".</summary>
        Exec,

        /// <summary>"host(config)#".</summary>
        Config,

        /// <summary>"host(dhcp-config)#".</summary>
        DhcpPool,

        /// <summary>"host(config-if)#".</summary>
        Interface
    }
}
