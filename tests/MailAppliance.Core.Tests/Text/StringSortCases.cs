using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Tests.Text
{
    /// <summary>The mailbox listing's sort, on .NET and nanoCLR alike.</summary>
    public static class StringSortCases
    {
        public static void SortsUidNamesInAnyStartingOrder()
        {
            var lcg = new Lcg(7);
            for (int size = 0; size <= 40; size++)
            {
                string[] names = StringArrays.New(size + 2);
                for (int i = 0; i < size; i++)
                {
                    names[i] = "/card/mail/client2/" + Numbers.ToHex(lcg.Next(1000), 8) + ".eml";
                }
                names[size] = "past the count";
                names[size + 1] = "a";
                StringSort.Sort(names, size);
                for (int i = 1; i < size; i++)
                {
                    Expect.True(string.Compare(names[i - 1], names[i]) <= 0, "size " + size + ": " + names[i - 1] + " before " + names[i]);
                }
                Expect.Equal("past the count", names[size], "items past the count stay where they are");
            }
        }
    }
}
