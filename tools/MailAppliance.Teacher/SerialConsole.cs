using System;
using System.IO.Ports;
using System.Text;
using System.Text.RegularExpressions;

namespace MailAppliance.Teacher;

/// <summary>
/// The appliance's console seen from the PC: sends one command, waits until the prompt comes
/// back, returns what the command printed. Waiting for the prompt is what keeps a long
/// roster from overflowing the board's serial buffer.
/// </summary>
public sealed class SerialConsole : IDisposable
{
    // "name#", "name>", "name(config)#", "name(dhcp-config)#", "name(config-if)#", or a question.
    private static readonly Regex Prompt = new(@"(^|\n)[A-Za-z0-9._-]+(\([a-z-]+\))?[#>]$|\[confirm\]$|\[yes/no\]: $|Password: $", RegexOptions.Compiled);

    private readonly SerialPort _port;
    private readonly StringBuilder _received = new();
    private readonly TimeSpan _timeout;

    public SerialConsole(string portName, int baud, TimeSpan timeout)
    {
        _timeout = timeout;
        _port = new SerialPort(portName, baud, Parity.None, 8, StopBits.One) { ReadTimeout = 200, Encoding = Encoding.Latin1 };
        _port.Open();
    }

    /// <summary>
    /// Wakes the console and returns its prompt. At a command prompt it also turns the pager off
    /// (<c>terminal length 0</c>, for this console session only), as IOS scripts do: a long show
    /// would otherwise stop at " --More-- ".
    /// </summary>
    public string Connect()
    {
        _port.Write("\r");
        string prompt = LastLine(ReadUntilPrompt(null));
        if (!prompt.EndsWith('#') && !prompt.EndsWith('>'))
        {
            // A question left open (a run that stopped at "Password:", a [confirm]): Ctrl-C drops it, as on IOS.
            _port.Write("\u0003");
            prompt = LastLine(ReadUntilPrompt("^C\r\n"));
        }
        if (prompt.EndsWith('#') || prompt.EndsWith('>'))
        {
            Run("terminal length 0");
        }
        return prompt;
    }

    /// <summary>Runs one command and returns its output, without the echo and the next prompt.</summary>
    public string Run(string command)
    {
        _port.Write(command + "\r");
        // A prompt left over from connecting may come first: wait for the one after the echo.
        string text = ReadUntilPrompt(command.Length > 0 ? command + "\r\n" : null);
        // Skip anything before the echo of the command (a prompt left from connecting); a
        // secret is not echoed, so then the first line end is the end of the echo.
        int echo = text.IndexOf(command + "\r\n", StringComparison.Ordinal);
        int echoEnd = echo >= 0 ? echo + command.Length : text.IndexOf("\r\n", StringComparison.Ordinal);
        string body = echoEnd < 0 ? "" : text[(echoEnd + 2)..];
        int promptStart = body.LastIndexOf('\n');
        return promptStart < 0 ? "" : body[..(promptStart + 1)];
    }

    /// <summary>Answers a "Password:" question: the console does not echo a secret, so the answer ends at the next line end.</summary>
    public void AnswerSecret(string secret)
    {
        _port.Write(secret + "\r");
        ReadUntilPrompt("\r\n");
    }

    /// <summary>Reads what the console prints by itself (debug lines) up to the line holding <paramref name="marker"/>.</summary>
    public string ReadUntil(string marker)
    {
        return Collect(text =>
        {
            int at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
            int end = text.IndexOf('\n', at);
            return end < 0 ? text.Length : end + 1;
        }, $"\"{marker}\"");
    }

    /// <summary>The prompt the last command ended at ("lab#", "Password: ").</summary>
    public string LastPrompt { get; private set; } = "";

    private string ReadUntilPrompt(string echo)
    {
        string text = Collect(t => Prompt.IsMatch(t) && (echo == null || t.Contains(echo, StringComparison.Ordinal)) ? t.Length : -1, "the prompt");
        LastPrompt = LastLine(text);
        return text;
    }

    // Reads until <paramref name="complete"/> says how much of the received text is wanted
    // (-1: not yet); returns that much and keeps the rest for the next read.
    private string Collect(Func<string, int> complete, string what)
    {
        DateTime deadline = DateTime.UtcNow + _timeout;
        var buffer = new byte[256];
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                int n = _port.Read(buffer, 0, buffer.Length);
                _received.Append(Encoding.Latin1.GetString(buffer, 0, n));
            }
            catch (TimeoutException)
            {
                // Nothing yet; look at what came.
            }
            string text = _received.ToString();
            int end = complete(text);
            if (end >= 0)
            {
                _received.Remove(0, end);
                return text[..end];
            }
        }
        throw new TimeoutException($"{what} did not come within {_timeout.TotalSeconds} s; got: {_received}");
    }

    private static string LastLine(string text)
    {
        int newline = text.LastIndexOf('\n');
        return newline < 0 ? text : text[(newline + 1)..];
    }

    public void Dispose() => _port.Dispose();
}
