using MailAppliance.Core.Appliance;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Tests.Appliance
{
    /// <summary>SHA-256 (FIPS 180-4 vectors) and the salted password hashes built on it, on .NET and on nanoCLR alike.</summary>
    public static class PasswordHashCases
    {
        public static void Sha256MatchesTheStandardVectors()
        {
            Expect.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Of(Sha256.Hash(Latin1.GetBytes("abc"))), "SHA-256 of abc");
            Expect.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex.Of(Sha256.Hash(new byte[0])), "SHA-256 of nothing");
            Expect.Equal("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Hex.Of(Sha256.Hash(Latin1.GetBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))), "SHA-256 of the two-block vector");
            Expect.Equal("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3", Hex.Of(Sha256.Hash(Latin1.GetBytes(new string('a', 1000)))), "SHA-256 of 1000 a");
            var all = new byte[768];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = (byte)i;
            }
            Expect.Equal("f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363", Hex.Of(Sha256.Hash(all)), "SHA-256 of every byte value, three times");
        }

        public static void HashVerifiesOnlyItsPassword()
        {
            string hash = PasswordHash.Create("admin", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
            Expect.True(hash.StartsWith("$sha256$" + PasswordHash.Iterations + "$AQIDBAUGBwg=$"), "the hash format: " + hash);
            Expect.True(PasswordHash.Verify("admin", hash), "the right password verifies");
            Expect.True(!PasswordHash.Verify("Admin", hash), "another password does not");
            Expect.True(!PasswordHash.Verify("admin", "$sha256$64$AQIDBAUGBwg=$short"), "a damaged hash verifies nothing");
            Expect.True(!PasswordHash.IsHash("admin"), "a plain password is not a hash");
        }

        /// <summary>A hash saved by an earlier build, with 64 iterations, in a startup-config: it names its count and still verifies.</summary>
        public static void HashSavedWithAnotherCountStillVerifies()
        {
            const string saved = "$sha256$64$AQIDBAUGBwg=$kseai3tEuSyfaoXjBYafcEBsOiRtEITukCl/ZgTobSs=";
            Expect.True(PasswordHash.Verify("admin", saved), "the password of a 64-iteration hash");
            Expect.True(!PasswordHash.Verify("admin1", saved), "and no other");
        }

        /// <summary>The hash of a fixed salt and password, as bytes: the same on both runtimes.</summary>
        public static byte[] HashOfTheLabPassword() => Latin1.GetBytes(PasswordHash.Create("admin", new byte[] { 8, 7, 6, 5, 4, 3, 2, 1 }));

        public static void UsersKeepNoPlainPassword()
        {
            var users = new UserDirectory(new CountingRandom());
            users.Set("Client1", "admin");
            Expect.Equal("client1", users.Authenticate("CLIENT1", "admin"), "names are case-insensitive");
            Expect.True(users.Authenticate("client1", "nope") == null, "a wrong password fails");
            Expect.True(users.HashOf("client1").IndexOf("admin") < 0, "no plain password kept");
            var copy = new UserDirectory(new CountingRandom());
            Expect.True(copy.SetHash("client1", users.HashOf("client1")), "a hash is taken as it is");
            Expect.Equal("client1", copy.Authenticate("client1", "admin"), "the copied hash verifies");
            Expect.True(copy.Remove("client1"), "removed");
            Expect.True(copy.Authenticate("client1", "admin") == null, "a removed user cannot log in");
        }
    }
}
