using System;
using System.Collections;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>Records what an engine sends, where each send ends, and whether it paused or closed.</summary>
    public sealed class RecordingOutput : ISessionOutput
    {
        private readonly ByteBuffer _bytes = new ByteBuffer();
        private readonly ArrayList _delays = new ArrayList();
        private readonly ArrayList _writes = new ArrayList();

        public bool Closed { get; private set; }

        /// <summary>Every pause the engine asked for, in milliseconds.</summary>
        public int[] Delays => (int[])_delays.ToArray(typeof(int));

        public void Write(byte[] buffer, int offset, int count)
        {
            if (Closed)
            {
                throw new InvalidOperationException("wrote after closing");
            }
            _bytes.Append(buffer, offset, count);
            _writes.Add(count);
        }

        /// <summary>How many writes (sends) the engine made so far; each is a TCP segment or more on the board.</summary>
        public int Writes => _writes.Count;

        /// <summary>The size of each write, in order.</summary>
        public int[] WriteSizes => (int[])_writes.ToArray(typeof(int));

        /// <summary>Forgets the writes counted so far (the bytes stay), to count a step's own.</summary>
        public void ResetWrites() => _writes.Clear();

        public void Delay(int milliseconds) => _delays.Add(milliseconds);

        public void Close() => Closed = true;

        /// <summary>Everything sent so far.</summary>
        public byte[] Bytes => _bytes.ToArray();

        /// <summary>Everything sent so far, as Latin-1 text.</summary>
        public string Text => Latin1.GetString(_bytes.ToArray());
    }
}
