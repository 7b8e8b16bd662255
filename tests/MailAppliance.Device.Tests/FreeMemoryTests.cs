using System.Net;
using MailAppliance.Core.Appliance;
using MailAppliance.Core.Console;
using MailAppliance.Core.Dns;
using MailAppliance.Platform;
using MailAppliance.Platform.Storage;
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
            var model = new ApplianceModel();
            LabExample.Apply(model);
            var clock = new SystemClock();
            var services = new ApplianceServices(model, new CardMailStore("D:\\"), new DnsZones(model), clock, new TraceRouter(clock),
                IPAddress.Any, 2526, 1101, 1054);
            Assert.IsNotNull(services);
            uint free = nanoFramework.Runtime.Native.GC.Run(true);
            Assert.IsTrue(free >= SessionBudget, "free managed memory after start-up: " + free.ToString());
        }
    }
}
