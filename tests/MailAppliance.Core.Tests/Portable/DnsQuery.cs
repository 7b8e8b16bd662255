using MailAppliance.Core.Tests.Fakes;

namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>Query bytes for the DNS cases, built independently of the code under test (RFC 1035 §4.1, RFC 6891 §6.1.2).</summary>
    public static class DnsQuery
    {
        /// <summary>A query for <paramref name="name"/>; <paramref name="ednsPayload"/> ≥ 0 adds an OPT record.</summary>
        public static byte[] Build(string name, int type, int id, bool recursionDesired, int ednsPayload, int ednsVersion, int qclass)
        {
            var bytes = new ByteBuffer();
            bytes.Append(new byte[] { (byte)(id >> 8), (byte)id, (byte)(recursionDesired ? 0x01 : 0x00), 0, 0, 1, 0, 0, 0, 0, 0, (byte)(ednsPayload >= 0 ? 1 : 0) });
            bytes.Append(Name(name));
            bytes.Append(new byte[] { (byte)(type >> 8), (byte)type, (byte)(qclass >> 8), (byte)qclass });
            if (ednsPayload >= 0)
            {
                bytes.Append(new byte[] { 0, 0, 41, (byte)(ednsPayload >> 8), (byte)ednsPayload, 0, (byte)ednsVersion, 0, 0, 0, 0 });
            }
            return bytes.ToArray();
        }

        public static byte[] Build(string name, int type) => Build(name, type, 0x1234, true, -1, 0, 1);

        /// <summary>A name as labels, without compression.</summary>
        public static byte[] Name(string name)
        {
            var bytes = new ByteBuffer();
            string[] labels = name.Split('.');
            for (int i = 0; i < labels.Length; i++)
            {
                if (labels[i].Length == 0)
                {
                    continue;
                }
                bytes.Append(new byte[] { (byte)labels[i].Length });
                bytes.Append(Latin1.GetBytes(labels[i]));
            }
            bytes.Append(new byte[] { 0 });
            return bytes.ToArray();
        }

        /// <summary>The first <paramref name="length"/> bytes of <paramref name="packet"/>.</summary>
        public static byte[] Cut(byte[] packet, int length)
        {
            var cut = new byte[length];
            System.Array.Copy(packet, cut, length);
            return cut;
        }
    }
}
