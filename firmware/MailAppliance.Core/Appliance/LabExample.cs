namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// The set-up of the lab handout (shared/lab-handout.txt): domain mail.com, users client1
    /// and client2 with the password "admin". Loaded when the appliance has no saved configuration.
    /// </summary>
    public static class LabExample
    {
        public const string Domain = "mail.com";
        public const string Password = "admin";

        /// <summary>Fills an empty model with the lab's domain and users.</summary>
        public static void Apply(ApplianceModel model)
        {
            model.Domains.Add(Domain);
            model.Users.Set("client1", Password);
            model.Users.Set("client2", Password);
            model.Domains.PostmasterUser = "client1";
        }

        /// <summary>One line for a start-up banner that says what was loaded, without the password.</summary>
        public const string Description = "lab example: domain mail.com, users client1 and client2 (password as in the lab handout)";
    }
}
