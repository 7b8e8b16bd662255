using System;
using System.Threading;

namespace MailAppliance.Emulator;

/// <summary>
/// Samples the live managed heap every few milliseconds and keeps the peak, for the memory
/// benchmark (--memory-stats). Each sample forces a full collection, so garbage not yet
/// collected is not counted: what is left is what the appliance holds, which is what the
/// board's 64 KB budget is about. (It slows the emulator down; it is for benchmarks only.)
/// </summary>
public sealed class MemorySampler
{
    private long _peak;
    private volatile bool _running = true;
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();

    public void Start()
    {
        var thread = new Thread(() =>
        {
            while (_running)
            {
                long now = GC.GetTotalMemory(true);
                if (now > _peak)
                {
                    _peak = now;
                }
                Thread.Sleep(5);
            }
        }) { IsBackground = true };
        thread.Start();
    }

    /// <summary>Stops sampling; one line with the peak heap and the bytes allocated since start.</summary>
    public string Stop()
    {
        _running = false;
        return $"memory: peak-heap-bytes={_peak} allocated-bytes={GC.GetTotalAllocatedBytes() - _allocatedAtStart}";
    }
}
