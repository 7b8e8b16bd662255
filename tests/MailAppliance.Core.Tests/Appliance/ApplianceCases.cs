using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Appliance
{
    /// <summary>
    /// The model's tables that live in string arrays, grown and shrunk and searched, on .NET and on
    /// nanoCLR alike: on the 1.x runtime a comparison with a never-written slot crashes the
    /// interpreter (Core/Text/StringArrays.cs), so each table is driven past its first growth.
    /// </summary>
    public static class ApplianceCases
    {
        /// <summary>Two POP3 sessions hold two mailboxes at once, a third is refused, then all are released and taken again.</summary>
        public static void MailboxLocksHoldSeveralAndRelease()
        {
            var locks = new MailboxLocks();
            Expect.True(locks.TryAcquire("client1"), "client1 taken");
            Expect.True(locks.TryAcquire("client2"), "client2 taken while client1 is held");
            Expect.True(!locks.TryAcquire("client1"), "client1 refused while held");
            for (int i = 0; i < 9; i++)
            {
                Expect.True(locks.TryAcquire("user" + i.ToString()), "user" + i.ToString() + " taken (the table grows)");
            }
            locks.Release("client1");
            locks.Release("nobody");
            Expect.True(!locks.TryAcquire("client2"), "client2 still held");
            Expect.True(locks.TryAcquire("client1"), "client1 free again");
            locks.Release("client2");
            locks.Release("client1");
            Expect.True(locks.TryAcquire("client2"), "client2 free again");
        }

        public static void UsersAddedAndRemoved()
        {
            var users = new UserDirectory(new CountingRandom());
            for (int i = 0; i < 12; i++)
            {
                Expect.True(users.Set("student" + i.ToString(), "pw" + i.ToString()), "student" + i.ToString() + " added");
            }
            Expect.True(users.Remove("student0") && users.Remove("student11") && users.Remove("student5"), "three removed");
            Expect.True(!users.Remove("student5"), "removed once only");
            Expect.True(users.Find("student5") == null, "a removed user is gone");
            Expect.Equal("student6", users.Authenticate("Student6", "pw6"), "the others keep their passwords");
            Expect.Equal(9, users.Names.Length, "users left");
            Expect.True(users.Set("student5", "again"), "a name can come back");
            Expect.Equal("student5", users.Authenticate("student5", "again"), "with its new password");
        }

        public static void DomainsAddedAndRemoved()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            model.Domains.Add("mt.com");
            model.Domains.Add("MT.com");
            model.Domains.Add("school.edu");
            Expect.Equal(3, model.Domains.All.Length, "mail.com, mt.com and school.edu; mt.com once");
            Expect.True(model.Domains.Remove("mail.com"), "mail.com removed");
            Expect.True(!model.Domains.IsLocal("mail.com") && model.Domains.IsLocal("MT.COM"), "mt.com still local");
            Expect.True(!model.Domains.Remove("mail.com"), "removed once only");
            Expect.Equal("mt.com", model.Domains.Primary, "the first remaining domain is the primary one");
        }
    }
}
