namespace MailAppliance.Core.Sasl
{
    /// <summary>Where a SASL exchange stands after the client's last message.</summary>
    internal enum SaslStep
    {
        /// <summary>Send <see cref="SaslExchange.Challenge"/> and wait for the next line.</summary>
        Challenge,

        /// <summary>User and password are known; check them.</summary>
        Credentials,

        /// <summary>The client sent "*" (RFC 4954 §4, RFC 5034 §4).</summary>
        Cancelled,

        /// <summary>The response was not valid base64 or not the mechanism's form.</summary>
        Malformed,

        /// <summary>A mechanism the appliance does not offer.</summary>
        UnknownMechanism
    }
}
