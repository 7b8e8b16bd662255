namespace MailAppliance.Core.Console
{
    /// <summary>IOS's prompt of each mode.</summary>
    internal static class CliPrompt
    {
        public static string Of(CliMode mode, string host)
        {
            switch (mode)
            {
                case CliMode.UserExec: return host + ">";
                case CliMode.Exec: return host + "#";
                case CliMode.Config: return host + "(config)#";
                case CliMode.DhcpPool: return host + "(dhcp-config)#";
                default: return host + "(config-if)#";
            }
        }
    }
}
