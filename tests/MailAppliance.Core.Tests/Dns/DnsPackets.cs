using System;
using System.Collections.Generic;
using System.Text;

namespace MailAppliance.Core.Tests.Dns;

/// <summary>Builds query bytes and reads answers for the DNS tests, independently of the code under test.</summary>
public static class DnsPackets
{
    public static byte[] Query(string name, int type, int id = 0x1234, bool recursionDesired = true, int ednsPayload = -1, int ednsVersion = 0, int qclass = 1)
    {
        var bytes = new List<byte> { (byte)(id >> 8), (byte)id, (byte)(recursionDesired ? 0x01 : 0x00), 0, 0, 1, 0, 0, 0, 0, 0, (byte)(ednsPayload >= 0 ? 1 : 0) };
        bytes.AddRange(Name(name));
        bytes.AddRange(new[] { (byte)(type >> 8), (byte)type, (byte)(qclass >> 8), (byte)qclass });
        if (ednsPayload >= 0)
        {
            bytes.AddRange(new byte[] { 0, 0, 41, (byte)(ednsPayload >> 8), (byte)ednsPayload, 0, (byte)ednsVersion, 0, 0, 0, 0 });
        }
        return bytes.ToArray();
    }

    public static byte[] Name(string name)
    {
        var bytes = new List<byte>();
        foreach (string label in name.TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }
        bytes.Add(0);
        return bytes.ToArray();
    }

    public static int Rcode(byte[] answer) => answer[3] & 0xF;
    public static int Id(byte[] answer) => (answer[0] << 8) | answer[1];
    public static bool Qr(byte[] answer) => (answer[2] & 0x80) != 0;
    public static bool Aa(byte[] answer) => (answer[2] & 0x04) != 0;
    public static bool Tc(byte[] answer) => (answer[2] & 0x02) != 0;
    public static bool Rd(byte[] answer) => (answer[2] & 0x01) != 0;
    public static bool Ra(byte[] answer) => (answer[3] & 0x80) != 0;
    public static int Count(byte[] answer, int section) => (answer[4 + 2 * section] << 8) | answer[5 + 2 * section];

    /// <summary>A decoded resource record: owner, type, TTL and RDATA as text ("192.168.1.2", "10 mail.com").</summary>
    public record Record(string Owner, int Type, uint Ttl, string Data, int Class);

    /// <summary>Every record of the answer, authority and additional sections, in order.</summary>
    public static List<Record> Records(byte[] packet, int length)
    {
        var records = new List<Record>();
        int offset = 12;
        for (int q = 0; q < Count(packet, 0); q++)
        {
            ReadName(packet, ref offset);
            offset += 4;
        }
        int total = Count(packet, 1) + Count(packet, 2) + Count(packet, 3);
        for (int r = 0; r < total; r++)
        {
            string owner = ReadName(packet, ref offset);
            int type = (packet[offset] << 8) | packet[offset + 1];
            int rclass = (packet[offset + 2] << 8) | packet[offset + 3];
            uint ttl = (uint)((packet[offset + 4] << 24) | (packet[offset + 5] << 16) | (packet[offset + 6] << 8) | packet[offset + 7]);
            int rdLength = (packet[offset + 8] << 8) | packet[offset + 9];
            offset += 10;
            int rdata = offset;
            string data = type switch
            {
                1 => $"{packet[rdata]}.{packet[rdata + 1]}.{packet[rdata + 2]}.{packet[rdata + 3]}",
                2 or 5 or 12 => ReadName(packet, ref rdata),
                15 => ((packet[rdata] << 8) | packet[rdata + 1]) + " " + ReadName(packet, ref Advance(ref rdata, 2)),
                6 => ReadName(packet, ref rdata) + " " + ReadName(packet, ref rdata),
                16 => Encoding.ASCII.GetString(packet, rdata + 1, packet[rdata]),
                _ => Convert.ToHexString(packet, rdata, rdLength),
            };
            records.Add(new Record(owner, type, ttl, data, rclass));
            offset += rdLength;
        }
        if (offset != length)
        {
            throw new FormatException($"packet has {length - offset} bytes after its records");
        }
        return records;
    }

    private static ref int Advance(ref int offset, int by)
    {
        offset += by;
        return ref offset;
    }

    public static string ReadName(byte[] packet, ref int offset)
    {
        var labels = new List<string>();
        int position = offset;
        bool jumped = false;
        for (int guard = 0; guard < 128; guard++)
        {
            int length = packet[position];
            if ((length & 0xC0) == 0xC0)
            {
                int target = ((length & 0x3F) << 8) | packet[position + 1];
                if (!jumped)
                {
                    offset = position + 2;
                }
                jumped = true;
                position = target;
                continue;
            }
            if (length == 0)
            {
                if (!jumped)
                {
                    offset = position + 1;
                }
                return labels.Count == 0 ? "." : string.Join(".", labels);
            }
            labels.Add(Encoding.ASCII.GetString(packet, position + 1, length));
            position += length + 1;
        }
        throw new FormatException("name loops");
    }
}
