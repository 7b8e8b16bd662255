using System;
using System.Threading;

namespace MailAppliance.Emulator;

/// <summary>
/// Samples the managed heap every few milliseconds and keeps the peak, for the memory
/// benchmark (--memory-stats). Run with a small gen0 budget (DOTNET_GCgen0size) the figure
/// approaches the live heap, which is what the board's 64 KB budget is about.
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
                long now = GC.GetTotalMemory(false);
                if (now > _peak)
                {
                    _peak = now;
                }
                Thread.Sleep(2);
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
