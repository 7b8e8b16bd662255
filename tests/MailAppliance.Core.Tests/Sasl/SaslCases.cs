using MailAppliance.Core.Sasl;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Sasl
{
    /// <summary>SASL PLAIN (RFC 4616) and the LOGIN prompts, checked on .NET and on nanoCLR alike.</summary>
    public static class SaslCases
    {
        public static void PlainReadsUserAndPassword()
        {
            string user;
            string password;
            Expect.True(SaslPlain.TryParse("AGNsaWVudDEAYWRtaW4=", out user, out password), "a well-formed response parses");
            Expect.Equal("client1", user, "the user");
            Expect.Equal("admin", password, "the password");
        }

        /// <summary>RFC 4616 §2: an authorization identity that is not the user gets no password (no proxy login).</summary>
        public static void AuthorizationIdentityOfAnotherUserGetsNoPassword()
        {
            string user;
            string password;
            Expect.True(SaslPlain.TryParse("b3RoZXIAY2xpZW50MQBhZG1pbg==", out user, out password), "parses");
            Expect.True(password == null, "no password for another identity");
        }

        public static void MalformedResponsesAreRefusedWithoutThrowing()
        {
            foreach (string response in new string[] { "", "AGNsaWVudDE=", "abc", "a=bc", "@@@@", null, "====", "AAAA" })
            {
                string user;
                string password;
                Expect.True(!SaslPlain.TryParse(response, out user, out password), "refused: " + (response ?? "(null)"));
            }
        }

        public static void LoginPromptsAreBase64()
        {
            Expect.Equal("VXNlcm5hbWU6", Base64Text.Encode("Username:"), "the Username: prompt");
            Expect.Equal("UGFzc3dvcmQ6", Base64Text.Encode("Password:"), "the Password: prompt");
        }
    }
}
