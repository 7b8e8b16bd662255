using System;
using System.Net.Sockets;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>A raw TCP client for checking exact reply bytes, as a student with nc would see them.</summary>
public sealed class LineClient : IDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly StringBuilder _received = new();

    public LineClient(string host, int port)
    {
        _client = new TcpClient(host, port) { ReceiveTimeout = 30000 };
        _stream = _client.GetStream();
    }

    /// <summary>Connects from another loopback address (127.0.0.2, ...), as another lab PC would.</summary>
    public LineClient(string from, string host, int port)
    {
        _client = new TcpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Parse(from), 0)) { ReceiveTimeout = 30000 };
        _client.Connect(host, port);
        _stream = _client.GetStream();
    }

    public void Send(string text)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(text);
        _stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Reads until the received text ends with <paramref name="ending"/>; returns all of it and starts afresh.</summary>
    public string ReadUntil(string ending)
    {
        var buffer = new byte[4096];
        while (!_received.ToString().EndsWith(ending, StringComparison.Ordinal))
        {
            int n = _stream.Read(buffer, 0, buffer.Length);
            if (n == 0)
            {
                Assert.Fail($"connection closed before \"{ending}\"; got:\n{_received}");
            }
            _received.Append(Encoding.Latin1.GetString(buffer, 0, n));
        }
        string text = _received.ToString();
        _received.Clear();
        return text;
    }

    /// <summary>Reads until the server closes the connection; returns what came.</summary>
    public string ReadToClose()
    {
        var buffer = new byte[4096];
        try
        {
            int n;
            while ((n = _stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                _received.Append(Encoding.Latin1.GetString(buffer, 0, n));
            }
        }
        catch (System.IO.IOException)
        {
            // A reset is a close too.
        }
        string text = _received.ToString();
        _received.Clear();
        return text;
    }

    public void Dispose() => _client.Dispose();
}
