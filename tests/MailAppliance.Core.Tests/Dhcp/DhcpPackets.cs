using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MailAppliance.Core.Tests.Dhcp;

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
