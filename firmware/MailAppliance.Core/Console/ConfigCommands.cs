using MailAppliance.Core.Appliance;
using MailAppliance.Core.Dns;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The global configuration commands: each changes the model at once, so a new user can
    /// log in, a record answers and a limit applies from the next session or query on.
    /// </summary>
    internal static class ConfigCommands
    {
        /// <summary>
        /// Applies one command (words as matched); returns an error line, or null. None asks a
        /// question: a pasted block must never have a line taken as an answer.
        /// </summary>
        public static string Apply(ApplianceModel model, int action, string[] w, bool no)
        {
            // "username NAME privilege 15 secret ...": the level means nothing to a mail user.
            if (w.Length > 3 && w[0] == "username" && w[2] == "privilege")
            {
                w = WithoutPrivilege(w);
            }
            MailLimits limits = model.Limits;
            long number;
            uint address;
            switch (action)
            {
                case CliAction.Hostname:
                    if (!UserDirectory.IsValidName(w[1]))
                    {
                        return "% Hostnames are letters, digits, '.', '-' and '_'";
                    }
                    model.HostName = no ? "MailAppliance" : w[1];
                    return null;
                case CliAction.EnableSecret:
                    if (no)
                    {
                        model.EnableSecret = null;
                        return null;
                    }
                    // A saved secret comes back as its hash; a typed one is hashed now.
                    model.EnableSecret = PasswordHash.IsHash(w[2]) ? w[2] : PasswordHash.Create(w[2], model.Users.NewSalt());
                    return null;
                case CliAction.MailDomain:
                    if (DnsName.FromText(w[2]) == null)
                    {
                        return "% Not a valid domain name: " + w[2];
                    }
                    if (no)
                    {
                        return model.Domains.Remove(w[2]) ? null : "% No such mail domain: " + w[2];
                    }
                    model.Domains.Add(w[2]);
                    return null;
                case CliAction.UsernamePassword:
                    if (no)
                    {
                        return RemoveUser(model, w[1]);
                    }
                    if (w.Length < 4)
                    {
                        return "% Incomplete command.";
                    }
                    return model.Users.Set(w[1], w[3]) ? null : "% User names are letters, digits, '.', '-' and '_' (at most 32)";
                case CliAction.UsernameSecret:
                    if (no)
                    {
                        return RemoveUser(model, w[1]);
                    }
                    return model.Users.SetHash(w[1], w[3]) ? null : "% Not a secret this appliance wrote: use 'username NAME password PASSWORD'";
                case CliAction.MailPostmaster:
                    if (!no && model.Users.Find(w[2]) == null)
                    {
                        return "% No such user: " + w[2];
                    }
                    model.Domains.PostmasterUser = no ? null : w[2].ToLower();
                    return null;
                case CliAction.MailRequireAuth:
                    limits.RequireAuth = !no;
                    return null;
                case CliAction.MailMaxMessageSize:
                    Numbers.TryParse(w[2], out number);
                    if (!no && number < 1024)
                    {
                        return "% The smallest limit is 1024 bytes";
                    }
                    limits.MaxMessageSize = no ? new MailLimits().MaxMessageSize : number;
                    return null;
                case CliAction.MailMailboxQuota:
                    Numbers.TryParse(w[2], out number);
                    limits.MailboxQuota = no ? 0 : number;
                    return null;
                case CliAction.MailMaxSessions:
                    Numbers.TryParse(w[2], out number);
                    if (!no && (number < 1 || number > 16))
                    {
                        return "% Sessions: 1 to 16 (the board has 16 sockets in all)";
                    }
                    limits.MaxSessions = no ? new MailLimits().MaxSessions : (int)number;
                    return null;
                case CliAction.MailClientSessions:
                    Numbers.TryParse(w[2], out number);
                    if (!no && (number < 1 || number > 16))
                    {
                        return "% Sessions per client: 1 to 16";
                    }
                    limits.MaxSessionsPerAddress = no ? new MailLimits().MaxSessionsPerAddress : (int)number;
                    return null;
                case CliAction.MailImapIdleTimeout:
                    Numbers.TryParse(w[3], out number);
                    if (!no && (number < 60 || number > 7200))
                    {
                        return "% IMAP idle timeout: 60 to 7200 seconds (RFC 3501 asks for at least 1800)";
                    }
                    limits.ImapIdleTimeoutSeconds = no ? new MailLimits().ImapIdleTimeoutSeconds : (int)number;
                    return null;
                case CliAction.HttpServer:
                    model.Http.Enabled = !no;
                    return null;
                case CliAction.DnsServer:
                    model.Dns.Enabled = !no;
                    return null;
                case CliAction.IpHost:
                    return IpHostCommand.Apply(model, w, no);
                case CliAction.DomainName:
                    if (!no && DnsName.FromText(w[2]) == null)
                    {
                        return "% Not a valid domain name: " + w[2];
                    }
                    model.Dns.LabDomain = no ? null : w[2];
                    return null;
                case CliAction.NameServer:
                    Ipv4.TryParse(w[2], out address);
                    model.Dns.Forwarder = no ? 0 : address;
                    return null;
                case CliAction.ExcludedAddress:
                    uint low;
                    uint high;
                    Ipv4.TryParse(w[3], out low);
                    high = low;
                    if (w.Length > 4)
                    {
                        Ipv4.TryParse(w[4], out high);
                    }
                    if (high < low)
                    {
                        return "% The second address must not be below the first";
                    }
                    if (no)
                    {
                        return model.Dhcp.Include(low, high) ? null : "% No such excluded range";
                    }
                    model.Dhcp.Exclude(low, high);
                    return null;
                case CliAction.ClockTimezone:
                    return ClockCommands.Timezone(model.Time, w, no);
                case CliAction.NtpServer:
                    address = 0;
                    if (!no)
                    {
                        Ipv4.TryParse(w[2], out address);
                    }
                    model.Time.NtpServer = address;
                    return null;
                case CliAction.DefaultGateway:
                    Ipv4.TryParse(w[2], out address);
                    model.Network.DefaultGateway = no ? 0 : address;
                    return null;
            }
            return null;
        }

        private static string[] WithoutPrivilege(string[] w)
        {
            var rest = Text.StringArrays.New(w.Length - 2);
            rest[0] = w[0];
            rest[1] = w[1];
            System.Array.Copy(w, 4, rest, 2, w.Length - 4);
            return rest;
        }

        // The user goes; the mailbox and its mail stay on the card (EXEC's "delete mailbox" removes them).
        private static string RemoveUser(ApplianceModel model, string name)
        {
            return model.Users.Remove(name) ? null : "% No such user: " + name;
        }
    }
}
