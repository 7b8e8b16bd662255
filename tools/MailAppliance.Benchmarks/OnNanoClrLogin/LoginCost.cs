using System;
using MailAppliance.Core.Appliance;

namespace MailAppliance.Benchmarks.OnNanoClrLogin
{
    /// <summary>
    /// Runs on nanoCLR: how long one login's password check takes (PasswordHash.Verify) at several
    /// iteration counts. Prints "LOGIN iterations milliseconds-per-verify" lines, then "LOGIN done".
    /// </summary>
    public static class LoginCost
    {
        public static void Main()
        {
            byte[] salt = { 1, 2, 3, 4, 5, 6, 7, 8 };
            int[] counts = { 1, 64, 128, 256, 1024 };
            for (int c = 0; c < counts.Length; c++)
            {
                string hash = PasswordHash.Create("admin", salt, counts[c]);
                int runs = counts[c] >= 1024 ? 2 : 8;
                long start = DateTime.UtcNow.Ticks;
                for (int i = 0; i < runs; i++)
                {
                    PasswordHash.Verify("admin", hash);
                }
                long ticks = (DateTime.UtcNow.Ticks - start) / runs;
                Console.WriteLine("LOGIN " + counts[c] + " " + (ticks / 10000) + "." + (ticks / 1000 % 10));
            }
            Console.WriteLine("LOGIN done");
        }
    }
}
