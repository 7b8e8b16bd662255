using System;
using MailAppliance.Core.Tests.Fakes;

namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>
    /// Checks for the tests that run on nanoCLR and on .NET alike. A failed check throws, which
    /// both MSTest and nanoFramework.TestFramework report as the test's failure with this message.
    /// </summary>
    public static class Expect
    {
        public static void True(bool condition, string what)
        {
            if (!condition)
            {
                throw new Exception("expected: " + what);
            }
        }

        public static void Equal(long expected, long actual, string what)
        {
            if (expected != actual)
            {
                throw new Exception(what + ": expected " + expected.ToString() + ", got " + actual.ToString());
            }
        }

        public static void Equal(string expected, string actual, string what) =>
            SameBytes(Latin1.GetBytes(expected ?? "(null)"), Latin1.GetBytes(actual ?? "(null)"), what);

        /// <summary>Equal bytes, or a failure naming the first byte that differs and what surrounds it.</summary>
        public static void SameBytes(byte[] expected, byte[] actual, string what)
        {
            int at = FirstDifference(expected, actual);
            if (at < 0)
            {
                return;
            }
            throw new Exception(what + ": first difference at byte " + at.ToString()
                + " of " + expected.Length.ToString() + " expected / " + actual.Length.ToString() + " got"
                + ": expected " + Describe(expected, at) + ", got " + Describe(actual, at));
        }

        /// <summary>The offset of the first differing byte, the shorter length when one is a prefix of the other, -1 when equal.</summary>
        public static int FirstDifference(byte[] a, byte[] b)
        {
            int common = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < common; i++)
            {
                if (a[i] != b[i])
                {
                    return i;
                }
            }
            return a.Length == b.Length ? -1 : common;
        }

        private static string Describe(byte[] bytes, int at)
        {
            if (at >= bytes.Length)
            {
                return "the end";
            }
            int from = at > 24 ? at - 24 : 0;
            int to = bytes.Length < at + 24 ? bytes.Length : at + 24;
            return "0x" + Hex.Byte(bytes[at]) + " in \"" + Printable(bytes, from, at) + "[" + Printable(bytes, at, at + 1) + "]" + Printable(bytes, at + 1, to) + "\"";
        }

        private static string Printable(byte[] bytes, int from, int to)
        {
            string text = "";
            for (int i = from; i < to; i++)
            {
                byte b = bytes[i];
                text += b == 13 ? "\\r" : b == 10 ? "\\n" : b < 32 || b > 126 ? "\\x" + Hex.Byte(b) : ((char)b).ToString();
            }
            return text;
        }
    }
}
