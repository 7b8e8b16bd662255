using MailAppliance.Core.Text;

namespace MailAppliance.Core.Sasl
{
    /// <summary>
    /// The server side of a SASL login, shared by SMTP AUTH (RFC 4954) and POP3 AUTH (RFC 5034):
    /// PLAIN (RFC 4616) and, where offered, LOGIN (draft-murchison-sasl-login: base64
    /// prompts "Username:" and "Password:"). The protocols only wrap the challenges in their
    /// own reply lines.
    /// </summary>
    internal sealed class SaslExchange
    {
        private readonly bool _offersLogin;
        private bool _login;

        public SaslExchange(bool offersLogin)
        {
            _offersLogin = offersLogin;
        }

        /// <summary>The base64 challenge to send when a step returns <see cref="SaslStep.Challenge"/>.</summary>
        public string Challenge { get; private set; }

        /// <summary>The user name, once known.</summary>
        public string User { get; private set; }

        /// <summary>The password, when the step is <see cref="SaslStep.Credentials"/>; null when it cannot be right.</summary>
        public string Password { get; private set; }

        /// <summary>
        /// Starts an exchange. <paramref name="initialResponse"/> is null when the client sent
        /// none; "=" stands for an empty one (RFC 4954 §4).
        /// </summary>
        public SaslStep Start(string mechanism, string initialResponse)
        {
            User = null;
            Password = null;
            mechanism = mechanism.ToUpper();
            _login = mechanism == "LOGIN";
            if (mechanism != "PLAIN" && !(_login && _offersLogin))
            {
                return SaslStep.UnknownMechanism;
            }
            if (initialResponse == null)
            {
                Challenge = _login ? Base64Text.Encode("Username:") : "";
                return SaslStep.Challenge;
            }
            return Continue(initialResponse == "=" ? "" : initialResponse);
        }

        /// <summary>Takes the client's next line of the exchange.</summary>
        public SaslStep Continue(string response)
        {
            if (response == "*")
            {
                return SaslStep.Cancelled;
            }
            if (!_login)
            {
                string user;
                string password;
                if (!SaslPlain.TryParse(response, out user, out password))
                {
                    return SaslStep.Malformed;
                }
                User = user;
                Password = password;
                return SaslStep.Credentials;
            }
            byte[] decoded;
            if (!Base64Text.TryDecode(response, out decoded))
            {
                return SaslStep.Malformed;
            }
            string text = Ascii.GetString(decoded, 0, decoded.Length);
            if (User == null)
            {
                User = text;
                Challenge = Base64Text.Encode("Password:");
                return SaslStep.Challenge;
            }
            Password = text;
            return SaslStep.Credentials;
        }
    }
}
