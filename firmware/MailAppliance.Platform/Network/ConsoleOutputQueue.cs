using System.IO;
using System.Threading;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// What is written to the console, on its way to the terminal in a thread of its own. Services
    /// write trace and log lines from their sessions' threads, and a terminal that does not read
    /// (Ctrl-S, a paused pager, a pipe nobody empties, an unplugged serial adapter) must never hold
    /// them up: when the queue is full their lines are dropped, and the loss is reported once the
    /// terminal reads again. Lines written by the console's own thread (its replies to commands)
    /// wait for room instead, which holds up only the console. The writer sends all that is queued
    /// in one write (two when it wraps), not one per line.
    /// </summary>
    public sealed class ConsoleOutputQueue
    {
        /// <summary>Bytes held for the terminal: about 180 ms of a 115200-baud UART.</summary>
        public const int Capacity = 2048;

        // The loss note's length with the largest count an int can hold.
        private const int LossNoteRoom = 80;

        // A console reply waits this long at a time for room, then checks whether the terminal failed.
        private const int RoomWaitMilliseconds = 500;

        private readonly Stream _output;
        private readonly byte[] _ring = new byte[Capacity];
        private readonly object _sync = new object();
        private readonly AutoResetEvent _queued = new AutoResetEvent(false);
        private readonly AutoResetEvent _room = new AutoResetEvent(false);
        private int _start;
        private int _count;
        private int _lost;
        private bool _failed;
        // Counts Resume calls: a write that fails after someone typed must not drop the answer.
        private int _resumes;
        private Thread _waiter;

        public ConsoleOutputQueue(Stream output)
        {
            _output = output;
            new Thread(Write).Start();
        }

        /// <summary>The thread whose lines wait for room rather than being dropped: the console's reader.</summary>
        public void WaitsFor(Thread thread)
        {
            _waiter = thread;
        }

        /// <summary>Queues <paramref name="bytes"/>; never waits unless called on the console's own thread.</summary>
        public void Add(byte[] bytes)
        {
            bool mayWait = Thread.CurrentThread == _waiter;
            int offset = 0;
            while (offset < bytes.Length)
            {
                lock (_sync)
                {
                    if (_failed)
                    {
                        return;
                    }
                    if (_lost > 0)
                    {
                        TryPutLossNote(bytes.Length - offset);
                    }
                    int free = Capacity - _count;
                    if (!mayWait && (_lost > 0 || free < bytes.Length))
                    {
                        _lost += bytes.Length;
                        return;
                    }
                    if (_lost == 0)
                    {
                        offset += Put(bytes, offset, bytes.Length - offset < free ? bytes.Length - offset : free);
                    }
                }
                _queued.Set();
                if (offset < bytes.Length)
                {
                    _room.WaitOne(RoomWaitMilliseconds, false);
                }
            }
        }

        /// <summary>Someone typed: the terminal is back, so output resumes after a note of what was lost.</summary>
        public void Resume()
        {
            lock (_sync)
            {
                _failed = false;
                _resumes++;
            }
        }

        /// <summary>Waits until the queue is written out, or <paramref name="milliseconds"/> have passed (before the program exits).</summary>
        public void Drain(int milliseconds)
        {
            long end = System.Environment.TickCount64 + milliseconds;
            while (System.Environment.TickCount64 < end)
            {
                lock (_sync)
                {
                    if (_count == 0 || _failed)
                    {
                        return;
                    }
                }
                _room.WaitOne(50, false);
            }
        }

        // The note goes where the lines were lost, before what follows (a prompt stays last).
        private void TryPutLossNote(int following)
        {
            // Checked before the note is built: while the terminal stays unread, every traced line
            // comes here, and must not cost an allocation only to be dropped.
            if (Capacity - _count < LossNoteRoom + (following < Capacity / 2 ? following : 0))
            {
                return;
            }
            // Console lines begin with their CRLF, so the note does too.
            byte[] note = Core.Text.Ascii.GetBytes("\r\n% " + _lost + " bytes of console output lost: the terminal was not reading");
            Put(note, 0, note.Length);
            _lost = 0;
        }

        private int Put(byte[] bytes, int offset, int count)
        {
            for (int done = 0; done < count;)
            {
                int at = (_start + _count) % Capacity;
                int n = Capacity - at < count - done ? Capacity - at : count - done;
                System.Array.Copy(bytes, offset + done, _ring, at, n);
                _count += n;
                done += n;
            }
            return count;
        }

        private void Write()
        {
            while (true)
            {
                _queued.WaitOne();
                while (true)
                {
                    int start;
                    int n;
                    int resumes;
                    lock (_sync)
                    {
                        if (_count == 0)
                        {
                            break;
                        }
                        start = _start;
                        n = Capacity - start < _count ? Capacity - start : _count;
                        resumes = _resumes;
                    }
                    bool written = TryWrite(start, n);
                    lock (_sync)
                    {
                        _start = (start + n) % Capacity;
                        _count -= n;
                        if (!written && _resumes == resumes)
                        {
                            // Nothing more reaches this terminal until someone types (Resume).
                            // Had someone typed during the write, what came since (the answer) stays queued.
                            _failed = true;
                            _count = 0;
                        }
                    }
                    _room.Set();
                }
            }
        }

        private bool TryWrite(int start, int count)
        {
            try
            {
                _output.Write(_ring, start, count);
                _output.Flush();
                return true;
            }
            catch (System.Exception)
            {
                // A terminal that went away or stopped reading (a write timeout).
                return false;
            }
        }
    }
}
