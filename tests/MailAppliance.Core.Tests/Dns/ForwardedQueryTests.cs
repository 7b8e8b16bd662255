using System.Linq;
using MailAppliance.Core.Dns;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static MailAppliance.Core.Tests.Dns.DnsPackets;

namespace MailAppliance.Core.Tests.Dns;

[TestClass]
public sealed class ForwardedQueryTests
{
    private static byte[] AnswerTo(byte[] query, int id)
    {
        byte[] answer = query.ToArray();
        answer[0] = (byte)(id >> 8);
        answer[1] = (byte)id;
        answer[2] |= 0x80;
        return answer;
    }

    [TestMethod]
    public void QueryLeavesWithTheNewIdAndTheAnswerGetsTheClientsBack()
    {
        var pending = new ForwardedQuery();
        byte[] query = Query("Example.org", DnsType.A, id: 0x1111);
        var outgoing = new byte[query.Length];
        Assert.IsTrue(pending.Prepare(query, query.Length, outgoing, 0xABCD));
        Assert.AreEqual(0xABCD, Id(outgoing));
        CollectionAssert.AreEqual(query.Skip(2).ToArray(), outgoing.Skip(2).ToArray());

        byte[] answer = AnswerTo(Query("example.ORG", DnsType.A), 0xABCD);
        Assert.IsTrue(pending.TryAccept(answer, answer.Length));
        Assert.AreEqual(0x1111, Id(answer));
    }

    [TestMethod]
    public void MismatchedAnswersAreDropped()
    {
        var pending = new ForwardedQuery();
        byte[] query = Query("example.org", DnsType.A);
        pending.Prepare(query, query.Length, new byte[query.Length], 0x2222);
        byte[] wrongId = AnswerTo(query, 0x2223);
        byte[] wrongName = AnswerTo(Query("example.com", DnsType.A), 0x2222);
        byte[] wrongType = AnswerTo(Query("example.org", DnsType.MX), 0x2222);
        byte[] notAResponse = query.ToArray();
        notAResponse[0] = 0x22;
        notAResponse[1] = 0x22;
        foreach (byte[] answer in new[] { wrongId, wrongName, wrongType, notAResponse, new byte[5] })
        {
            Assert.IsFalse(pending.TryAccept(answer, answer.Length));
        }
    }
}
