using System.Net;
using MailAppliance.Core.Appliance;
using MailAppliance.Platform;
using nanoFramework.TestFramework;

namespace MailAppliance.Device.Tests
{
    /// <summary>
    /// The budget of NANOFRAMEWORK.md: the whole appliance must fit 64 KB of managed heap at its
    /// session cap. After building the model and every service, at least that much must still be free.
    /// </summary>
    [TestClass]
    public class FreeMemoryTests
    {
        private const uint SessionBudget = 64 * 1024;

        [TestMethod]
        public void AfterStartUpTheSessionBudgetIsStillFree()
        {
            var parts = new ApplianceParts("D:\\", null);
            LabExample.Apply(parts.Model);
            ApplianceServices services = parts.Services(IPAddress.Any, 2526, 1101, 1144, 8081, 1054, MailAppliance.Core.Ntp.SntpPacket.Port);
            Assert.IsNotNull(services);
            uint free = nanoFramework.Runtime.Native.GC.Run(true);
            Assert.IsTrue(free >= SessionBudget, "free managed memory after start-up: " + free.ToString());
        }
    }
}
