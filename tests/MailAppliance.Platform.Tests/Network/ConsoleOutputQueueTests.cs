using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using MailAppliance.Platform.Network;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Platform.Tests.Network;

/// <summary>
/// The console's output queue with a terminal the test holds: its first write waits at a gate,
/// so what is queued meanwhile is known exactly, with no timing involved.
/// </summary>
[TestClass]
public sealed class ConsoleOutputQueueTests
{
    [TestMethod]
    public void LinesQueuedDuringAWriteLeaveInOneWrite()
    {
        var terminal = new GatedTerminal();
        var queue = new ConsoleOutputQueue(terminal);
        queue.Add(Bytes("\r\nfirst"));
        terminal.FirstWriteStarted.Wait();
        queue.Add(Bytes("\r\nsecond"));
        queue.Add(Bytes("\r\nthird"));
        queue.Add(Bytes("\r\nfourth"));
        terminal.Gate.Set();
        queue.Drain(10_000);
        CollectionAssert.AreEqual(new[] { "\r\nfirst", "\r\nsecond\r\nthird\r\nfourth" }, terminal.Writes());
    }

    [TestMethod]
    public void LinesThatDoNotFitAreDroppedAndTheLossIsReportedInTheirPlace()
    {
        var terminal = new GatedTerminal();
        var queue = new ConsoleOutputQueue(terminal);
        queue.Add(Bytes("\r\nfirst"));
        terminal.FirstWriteStarted.Wait();
        // "first" keeps its place until its write ends, so this fills the queue exactly.
        string filler = "\r\n" + new string('x', ConsoleOutputQueue.Capacity - 7 - 2);
        queue.Add(Bytes(filler));
        queue.Add(Bytes("\r\ndropped"));
        terminal.Gate.Set();
        queue.Drain(10_000);
        queue.Add(Bytes("\r\nafter"));
        queue.Drain(10_000);
        string all = string.Concat(terminal.Writes());
        Assert.AreEqual("\r\nfirst" + filler + "\r\n% 9 bytes of console output lost: the terminal was not reading\r\nafter", all);
    }

    [TestMethod]
    public void AnAnswerQueuedWhileAWriteFailsIsStillWritten()
    {
        var terminal = new GatedTerminal { FailFirstWrite = true };
        var queue = new ConsoleOutputQueue(terminal);
        queue.Add(Bytes("\r\nbacklog"));
        terminal.FirstWriteStarted.Wait();
        // Someone types while the stuck write is under way: the console answers.
        queue.Resume();
        queue.Add(Bytes("\r\nMailAppliance#"));
        terminal.Gate.Set();
        queue.Drain(10_000);
        CollectionAssert.AreEqual(new[] { "\r\nbacklog", "\r\nMailAppliance#" }, terminal.Writes(), "the answer after the failed write");
    }

    [TestMethod]
    public void AfterAFailedWriteNothingIsWrittenUntilSomeoneTypes()
    {
        var terminal = new GatedTerminal { FailFirstWrite = true };
        var queue = new ConsoleOutputQueue(terminal);
        queue.Add(Bytes("\r\nbacklog"));
        terminal.FirstWriteStarted.Wait();
        queue.Add(Bytes("\r\nmore"));
        terminal.Gate.Set();
        queue.Drain(10_000);
        queue.Add(Bytes("\r\ndropped"));
        queue.Resume();
        queue.Add(Bytes("\r\nMailAppliance#"));
        queue.Drain(10_000);
        CollectionAssert.AreEqual(new[] { "\r\nbacklog", "\r\nMailAppliance#" }, terminal.Writes(), "only what came after the Resume");
    }

    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);

    // A terminal whose first write waits until the test opens the gate.
    private sealed class GatedTerminal : Stream
    {
        private readonly List<string> _writes = new();

        public ManualResetEventSlim FirstWriteStarted { get; } = new();

        public ManualResetEventSlim Gate { get; } = new();

        /// <summary>The first write, once the gate opens, fails as a write timeout does.</summary>
        public bool FailFirstWrite { get; init; }

        public string[] Writes()
        {
            lock (_writes)
            {
                return _writes.ToArray();
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_writes)
            {
                _writes.Add(Encoding.ASCII.GetString(buffer, offset, count));
            }
            bool first = !FirstWriteStarted.IsSet;
            FirstWriteStarted.Set();
            Gate.Wait();
            if (first && FailFirstWrite)
            {
                throw new IOException("write timed out");
            }
        }

        public override void Flush()
        {
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new System.NotSupportedException();
        public override long Position { get => throw new System.NotSupportedException(); set => throw new System.NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();
        public override void SetLength(long value) => throw new System.NotSupportedException();
    }
}
