using MailAppliance.Core.Appliance;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Sessions
{
    /// <summary>
    /// A session's line-based conversation: sends reply lines with CRLF and writes both sides
    /// to the trace, so what students see in the transcript is exactly what went over the wire.
    /// </summary>
    public sealed class ReplyChannel
    {
        private readonly ISessionOutput _output;
        private readonly ITrace _trace;
        private readonly string _name;

        public ReplyChannel(ISessionOutput output, ITrace trace, string name)
        {
            _output = output;
            _trace = trace;
            _name = name;
        }

        /// <summary>Sends one reply line and traces it as "S: ".</summary>
        public void Reply(string line)
        {
            _trace.Write(_name, "S: " + line);
            byte[] bytes = Ascii.GetBytes(line + "\r\n");
            _output.Write(bytes, 0, bytes.Length);
        }

        /// <summary>
        /// Sends one reply line whose characters stand for bytes (0–255), as text read from a
        /// stored message is (IMAP's ENVELOPE may carry a header's 8-bit bytes in a literal).
        /// </summary>
        public void ReplyBytes(string line)
        {
            _trace.Write(_name, "S: " + line);
            var bytes = new byte[line.Length + 2];
            for (int i = 0; i < line.Length; i++)
            {
                bytes[i] = (byte)line[i];
            }
            bytes[line.Length] = (byte)'\r';
            bytes[line.Length + 1] = (byte)'\n';
            _output.Write(bytes, 0, bytes.Length);
        }

        /// <summary>Sends a multi-line reply, a line at a time into the same send.</summary>
        public void Reply(string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                Reply(lines[i]);
            }
        }

        /// <summary>Traces what the client sent, as "C: " (the caller masks secrets first).</summary>
        public void Client(string line)
        {
            _trace.Write(_name, "C: " + line);
        }

        /// <summary>Traces, as "S: ", a summary of a body sent through <see cref="Output"/>.</summary>
        public void Sent(string summary)
        {
            _trace.Write(_name, "S: " + summary);
        }

        /// <summary>Traces an event that is not a line on the wire, as "-- ".</summary>
        public void Note(string text)
        {
            _trace.Write(_name, "-- " + text);
        }
    }
}
