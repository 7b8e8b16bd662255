using MailAppliance.Core.Tests.Fakes;

namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>Builds client messages for the DHCP tests and cases (RFC 2131 §2, RFC 2132), independently of the code under test.</summary>
    public sealed class DhcpMessage
    {
        public int Type = 1;
        public uint Xid = 0x3903F326;
        public byte[] Mac = new byte[] { 0x02, 0, 0, 0, 0, 1 };
        public uint ClientAddress;
        public uint RelayAddress;
        public bool Broadcast;
        public uint RequestedAddress;
        public uint ServerId;
        public string HostName;
        public byte[] ClientId;
        public byte[] ParameterRequestList;
        public byte[] RelayInformation;

        public byte[] Build()
        {
            var bytes = new byte[240];
            bytes[0] = 1;
            bytes[1] = 1;
            bytes[2] = 6;
            Put(bytes, 4, Xid);
            if (Broadcast)
            {
                bytes[10] = 0x80;
            }
            Put(bytes, 12, ClientAddress);
            Put(bytes, 24, RelayAddress);
            System.Array.Copy(Mac, 0, bytes, 28, Mac.Length);
            Put(bytes, 236, 0x63825363);
            var message = new ByteBuffer();
            message.Append(bytes);
            message.Append(new byte[] { 53, 1, (byte)Type });
            if (RequestedAddress != 0) { Option(message, 50, Address(RequestedAddress)); }
            if (ServerId != 0) { Option(message, 54, Address(ServerId)); }
            if (HostName != null) { Option(message, 12, Latin1.GetBytes(HostName)); }
            if (ClientId != null) { Option(message, 61, ClientId); }
            if (ParameterRequestList != null) { Option(message, 55, ParameterRequestList); }
            if (RelayInformation != null) { Option(message, 82, RelayInformation); }
            message.Append(new byte[] { 255 });
            return message.ToArray();
        }

        public static byte[] Address(uint address) => new byte[] { (byte)(address >> 24), (byte)(address >> 16), (byte)(address >> 8), (byte)address };

        private static void Option(ByteBuffer message, int code, byte[] data)
        {
            message.Append(new byte[] { (byte)code, (byte)data.Length });
            message.Append(data);
        }

        private static void Put(byte[] bytes, int at, uint value)
        {
            bytes[at] = (byte)(value >> 24);
            bytes[at + 1] = (byte)(value >> 16);
            bytes[at + 2] = (byte)(value >> 8);
            bytes[at + 3] = (byte)value;
        }
    }
}
