using MailAppliance.Core.Appliance;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// The question an EXEC command asked, and what its answer does: the enable secret, and the
    /// confirmations of reload, erase and delete, worded as IOS words them. Only EXEC commands
    /// ask (IOS's rule too), so a configuration pasted as a block never has a line taken as an
    /// answer.
    /// </summary>
    internal sealed class PendingQuestion
    {
        // Tries at the enable secret's "Password:" before IOS gives up.
        private const int MaxSecretTries = 3;

        private readonly ApplianceModel _model;
        private readonly IMailStore _store;
        private readonly ICliHost _host;
        private CliQuestion _question;
        private string _subject;
        private int _wrongSecrets;

        public PendingQuestion(ApplianceModel model, IMailStore store, ICliHost host)
        {
            _model = model;
            _store = store;
            _host = host;
        }

        /// <summary>True while the next line is an answer, not a command.</summary>
        public bool Pending
        {
            get { return _question != CliQuestion.None; }
        }

        /// <summary>True while the answer is a secret, which the editor must not echo.</summary>
        public bool WantsSecret
        {
            get { return _question == CliQuestion.EnableSecret; }
        }

        /// <summary>The question as the prompt shows it.</summary>
        public string Prompt
        {
            get
            {
                switch (_question)
                {
                    case CliQuestion.EnableSecret: return "Password: ";
                    case CliQuestion.SaveBeforeReload: return "System configuration has been modified. Save? [yes/no]: ";
                    case CliQuestion.ProceedWithReload: return "Proceed with reload? [confirm]";
                    case CliQuestion.EraseStartup: return "Erasing the startup-config will remove all configuration! Continue? [confirm]";
                    case CliQuestion.DeleteMailbox: return "Delete the mailbox of " + _subject + " and all its mail? [confirm]";
                    default: return "";
                }
            }
        }

        /// <summary>Asks <paramref name="question"/> about <paramref name="subject"/> (a user name, or null).</summary>
        public void Ask(CliQuestion question, string subject)
        {
            _question = question;
            _subject = subject;
        }

        /// <summary>Ctrl-C, Ctrl-Z, start-up: no question is pending any more.</summary>
        public void Drop()
        {
            _question = CliQuestion.None;
        }

        /// <summary>Acts on the answer; true when it was the right enable secret.</summary>
        public bool Answer(string answer, ICliOutput output)
        {
            CliQuestion question = _question;
            _question = CliQuestion.None;
            bool confirmed = answer.Length == 0 || Ascii.StartsWithIgnoreCase("yes", answer);
            switch (question)
            {
                case CliQuestion.EnableSecret:
                    return Secret(answer, output);
                case CliQuestion.SaveBeforeReload:
                    if (answer.Length == 0 || (!Ascii.StartsWithIgnoreCase("yes", answer) && !Ascii.StartsWithIgnoreCase("no", answer)))
                    {
                        output.Write("% Please answer 'yes' or 'no'." + CliText.NewLine);
                        _question = CliQuestion.SaveBeforeReload;
                        break;
                    }
                    if (Ascii.StartsWithIgnoreCase("yes", answer))
                    {
                        output.Write((_host.SaveStartupConfig(ConfigWriter.Write(_model)) ? "[OK]" : "% The startup-config cannot be written; nothing was saved") + CliText.NewLine);
                    }
                    _question = CliQuestion.ProceedWithReload;
                    break;
                case CliQuestion.ProceedWithReload:
                    if (confirmed)
                    {
                        _model.Log.Add("console: reload requested");
                        _host.Reload();
                    }
                    break;
                case CliQuestion.EraseStartup:
                    if (confirmed)
                    {
                        output.Write((_host.EraseStartupConfig() ? "[OK]" : "% The startup-config cannot be erased") + CliText.NewLine);
                    }
                    break;
                case CliQuestion.DeleteMailbox:
                    if (!confirmed)
                    {
                        output.Write("Mailbox kept" + CliText.NewLine);
                    }
                    else if (_store.DeleteMailbox(_subject) == StoreResult.Accepted)
                    {
                        _model.Log.Add("console: mailbox " + _subject + " deleted");
                        output.Write("Mailbox deleted" + CliText.NewLine);
                    }
                    else
                    {
                        output.Write("% The SD card cannot be written; the mailbox stays" + CliText.NewLine);
                    }
                    break;
            }
            return false;
        }

        // IOS asks three times, then says "% Bad secrets" and stays in user EXEC.
        private bool Secret(string answer, ICliOutput output)
        {
            if (PasswordHash.Verify(answer, _model.EnableSecret))
            {
                _wrongSecrets = 0;
                return true;
            }
            if (++_wrongSecrets < MaxSecretTries)
            {
                _question = CliQuestion.EnableSecret;
                return false;
            }
            _wrongSecrets = 0;
            _model.Log.Add("console: enable refused after " + MaxSecretTries + " wrong secrets");
            output.Write("% Bad secrets" + CliText.NewLine);
            return false;
        }
    }
}
