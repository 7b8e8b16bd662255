using System.Collections.Generic;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Core.Tests.Fakes;

/// <summary>Records what an engine sends, and whether it paused or closed.</summary>
public sealed class RecordingOutput : ISessionOutput
{
    private readonly List<byte> _bytes = new();

    public bool Closed { get; private set; }
    public List<int> Delays { get; } = new();

    public void Write(byte[] buffer, int offset, int count)
    {
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsFalse(Closed, "wrote after closing");
        for (int i = 0; i < count; i++)
        {
            _bytes.Add(buffer[offset + i]);
        }
    }

    public void Delay(int milliseconds) => Delays.Add(milliseconds);

    public void Close() => Closed = true;

    /// <summary>Everything sent so far, as Latin-1 text.</summary>
    public string Text => System.Text.Encoding.Latin1.GetString(_bytes.ToArray());
}
