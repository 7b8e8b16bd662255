using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MailAppliance.Core.Tests.Dhcp;

/// <summary>Builds client messages and reads replies for the DHCP tests, independently of the code under test.</summary>
public sealed class DhcpMessage
{
    public int Type = 1;
    public uint Xid = 0x3903F326;
    public byte[] Mac = { 0x02, 0, 0, 0, 0, 1 };
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
        Mac.CopyTo(bytes, 28);
        Put(bytes, 236, 0x63825363);
        var options = new List<byte> { 53, 1, (byte)Type };
        if (RequestedAddress != 0) { options.AddRange(Option(50, Address(RequestedAddress))); }
        if (ServerId != 0) { options.AddRange(Option(54, Address(ServerId))); }
        if (HostName != null) { options.AddRange(Option(12, Encoding.ASCII.GetBytes(HostName))); }
        if (ClientId != null) { options.AddRange(Option(61, ClientId)); }
        if (ParameterRequestList != null) { options.AddRange(Option(55, ParameterRequestList)); }
        if (RelayInformation != null) { options.AddRange(Option(82, RelayInformation)); }
        options.Add(255);
        return bytes.Concat(options).ToArray();
    }

    public static byte[] Address(uint address) => new[] { (byte)(address >> 24), (byte)(address >> 16), (byte)(address >> 8), (byte)address };

    private static IEnumerable<byte> Option(int code, byte[] data) => new[] { (byte)code, (byte)data.Length }.Concat(data);

    private static void Put(byte[] bytes, int at, uint value)
    {
        bytes[at] = (byte)(value >> 24);
        bytes[at + 1] = (byte)(value >> 16);
        bytes[at + 2] = (byte)(value >> 8);
        bytes[at + 3] = (byte)value;
    }
}

/// <summary>A reply read back: fixed fields and options in the order they came.</summary>
public sealed class DhcpReply
{
    public readonly byte[] Bytes;
    public readonly List<(int Code, byte[] Data)> Options = new();

    public DhcpReply(byte[] bytes)
    {
        Bytes = bytes;
        for (int at = 240; at < bytes.Length && bytes[at] != 255;)
        {
            if (bytes[at] == 0) { at++; continue; }
            Options.Add((bytes[at], bytes.Skip(at + 2).Take(bytes[at + 1]).ToArray()));
            at += 2 + bytes[at + 1];
        }
    }

    public int Op => Bytes[0];
    public uint Xid => Read(4);
    public bool Broadcast => (Bytes[10] & 0x80) != 0;
    public uint ClientAddress => Read(12);
    public uint YourAddress => Read(16);
    public uint RelayAddress => Read(24);
    public byte[] Mac => Bytes.Skip(28).Take(6).ToArray();
    public int Type => Option(53)[0];
    public int[] Codes => Options.Select(o => o.Code).ToArray();

    public byte[] Option(int code) => Options.FirstOrDefault(o => o.Code == code).Data;

    public uint AddressOption(int code)
    {
        byte[] data = Option(code);
        return data == null ? 0 : (uint)((data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3]);
    }

    private uint Read(int at) => (uint)((Bytes[at] << 24) | (Bytes[at + 1] << 16) | (Bytes[at + 2] << 8) | Bytes[at + 3]);
}
