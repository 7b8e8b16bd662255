namespace MailAppliance.Core.Console
{
    /// <summary>The question the console waits to have answered, as IOS asks them.</summary>
    internal enum CliQuestion
    {
        /// <summary>None: the next line is a command.</summary>
        None,

        /// <summary>enable: "Password: ".</summary>
        EnableSecret,

        /// <summary>reload with unsaved changes: "Save? [yes/no]".</summary>
        SaveBeforeReload,

        /// <summary>reload: "Proceed with reload? [confirm]".</summary>
        ProceedWithReload,

        /// <summary>erase startup-config: "Continue? [confirm]".</summary>
        EraseStartup,

        /// <summary>delete mailbox NAME: "[confirm]".</summary>
        DeleteMailbox,

        /// <summary>After exit: "Press RETURN to get started." (any line).</summary>
        PressReturn
    }
}
