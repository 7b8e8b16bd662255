using MailAppliance.Core.Dhcp;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>The lease file a store would write for these leases, as text.</summary>
    public static class LeaseText
    {
        public static string Of(DhcpLeases leases)
        {
            var line = new byte[DhcpLeases.MaxLine];
            string text = "";
            for (int i = 0; i < leases.Count; i++)
            {
                text += Latin1.GetString(line, 0, leases.Line(i, line));
            }
            return text;
        }
    }
}
