using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Tests.Text
{
    /// <summary>The one network-order reader and writer, on .NET and nanoCLR alike.</summary>
    public static class NetworkOrderCases
    {
        public static void SixteenAndThirtyTwoBitsMostSignificantByteFirst()
        {
            var packet = new byte[] { 0xAA, 0x12, 0x34, 0xFE, 0xDC, 0xBA, 0x98, 0xBB };
            Expect.Equal(0x1234, NetworkOrder.Read16(packet, 1), "16 bits at an offset");
            Expect.Equal(0xFEDC, NetworkOrder.Read16(packet, 3), "high bit set, no sign");
            Expect.True(NetworkOrder.Read32(packet, 3) == 0xFEDCBA98u, "32 bits, high bit set, no sign");

            var written = new byte[8];
            NetworkOrder.Write16(written, 1, 0x1234);
            NetworkOrder.Write32(written, 3, 0xFEDCBA98u);
            Expect.SameBytes(new byte[] { 0, 0x12, 0x34, 0xFE, 0xDC, 0xBA, 0x98, 0 }, written, "written in place, nothing else touched");
            NetworkOrder.Write16(written, 0, 0x1FFFF);
            Expect.Equal(0xFFFF, NetworkOrder.Read16(written, 0), "only the low 16 bits are written");
        }
    }
}
