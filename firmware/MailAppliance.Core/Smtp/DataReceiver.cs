using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// Streams the content of DATA into a message writer in small chunks: removes
    /// dot-stuffing (RFC 5321 §4.5.2), stores every line with CRLF, and finds the end.
    /// Only CRLF "." CRLF ends the data: a "." line next to a bare LF is content, so one
    /// DATA can never be read as two messages (SMTP smuggling, CVE-2023-51766 and kin).
    /// At the end of the header section (<see cref="HeaderSection"/>) it adds the Date: and
    /// Message-ID: lines the client left out.
    /// </summary>
    internal sealed class DataReceiver
    {
        /// <summary>Longest line of content with its CRLF, dot-stuffing included: RFC 5321 §4.5.3.1.6.</summary>
        public const int MaxLine = 1000;

        private const int LineStart = 0;
        private const int Dot = 1;       // a line began with '.'
        private const int DotCr = 2;     // ... and then CR
        private const int InLine = 3;
        private const int InLineCr = 4;  // the input paused right after a CR inside a line
        private const int HeaderName = 5; // in the header section, before a line's ':' (held back)

        private static readonly byte[] Crlf = { (byte)'\r', (byte)'\n' };
        private static readonly byte[] DotCrlf = { (byte)'.', (byte)'\r', (byte)'\n' };
        private static readonly byte[] Cr = { (byte)'\r' };

        // Bytes handed to the store at a time (IoSizes.CardWrite), allocated at the session's first DATA.
        private ChunkBuffer _chunk;
        private int _state;
        private bool _previousLineEndedWithCrlf;
        private IMessageWriter _writer;
        private long _maxSize;
        private int _lineLength;
        private readonly HeaderSection _headers = new HeaderSection();
        private long _stored;
        private int _added;

        /// <summary>Lines of content received whole, over every message of the session.</summary>
        public int LinesReceived { get; private set; }

        /// <summary>True while part of a content line has arrived and its end has not.</summary>
        public bool HasPartialLine
        {
            get { return _state != LineStart; }
        }

        /// <summary>True once the end of data was read.</summary>
        public bool Finished { get; private set; }

        /// <summary>The client's content bytes as stored (the server's added header lines not counted), counted even past the limit.</summary>
        public long Size
        {
            get { return _stored - _added; }
        }

        /// <summary>True when the content passed the size limit; nothing more was stored.</summary>
        public bool TooBig
        {
            get { return Size > _maxSize; }
        }

        /// <summary>True when a line passed <see cref="MaxLine"/>; nothing more was stored (RFC 5321 §4.5.3.1.10: "500 Line too long").</summary>
        public bool LineTooLong { get; private set; }

        /// <summary>Accepted unless the store failed an append; nothing more was stored then.</summary>
        public StoreResult StoreOutcome { get; private set; }

        /// <summary>
        /// Starts reading a message's content after the 354 reply. <paramref name="date"/> and
        /// <paramref name="messageId"/> are the header lines (with CRLF) to add if the message lacks them.
        /// </summary>
        public void Begin(IMessageWriter writer, long maxSize, byte[] date, byte[] messageId)
        {
            _headers.Begin(date, messageId);
            _added = 0;
            _writer = writer;
            _maxSize = maxSize;
            if (_chunk == null)
            {
                _chunk = new ChunkBuffer(IoSizes.CardWrite);
            }
            _chunk.Clear();
            _state = LineStart;
            // The CRLF of the DATA command counts as the line end before a first "." line.
            _previousLineEndedWithCrlf = true;
            Finished = false;
            _stored = 0;
            _lineLength = 0;
            LineTooLong = false;
            StoreOutcome = StoreResult.Accepted;
        }

        /// <summary>
        /// Reads content from the buffer; returns how many bytes belonged to it. Bytes after
        /// the end of data are left for the command reader (pipelining, RFC 2920).
        /// </summary>
        public int Feed(byte[] buffer, int offset, int count)
        {
            int i = offset;
            int end = offset + count;
            while (i < end && !Finished)
            {
                byte b = buffer[i];
                switch (_state)
                {
                    case LineStart:
                        if (b == (byte)'.')
                        {
                            _state = Dot;
                            i++;
                        }
                        else
                        {
                            // A header's continuation starts with a blank (RFC 5322 §2.2.3).
                            _state = _headers.Open && b != (byte)' ' && b != (byte)'\t' ? HeaderName : InLine;
                        }
                        break;
                    case HeaderName:
                        i = ReadFieldName(b, i);
                        break;
                    case Dot:
                        if (b == (byte)'\r')
                        {
                            _state = DotCr;
                            i++;
                        }
                        else if (b == (byte)'\n')
                        {
                            // "." ended by a bare LF: content, never the end.
                            BodyLineStarts();
                            Emit(DotCrlf, 0, 3);
                            _previousLineEndedWithCrlf = false;
                            NextLine();
                            i++;
                        }
                        else
                        {
                            // A stuffed dot: drop it, keep the rest of the line (it counts on the wire).
                            BodyLineStarts();
                            _lineLength = 1;
                            _state = InLine;
                        }
                        break;
                    case DotCr:
                        if (b == (byte)'\n')
                        {
                            i++;
                            if (_previousLineEndedWithCrlf)
                            {
                                Finish();
                            }
                            else
                            {
                                BodyLineStarts();
                                Emit(DotCrlf, 0, 3);
                                _previousLineEndedWithCrlf = true;
                                NextLine();
                            }
                        }
                        else
                        {
                            // "." then a bare CR: the dot was stuffing, the CR is content.
                            BodyLineStarts();
                            Emit(Cr, 0, 1);
                            _state = InLine;
                        }
                        break;
                    case InLineCr:
                        if (b == (byte)'\n')
                        {
                            EndLine(true);
                            i++;
                        }
                        else
                        {
                            Emit(Cr, 0, 1);
                            _state = InLine;
                        }
                        break;
                    default:
                        i = ReadLineBody(buffer, i, end);
                        break;
                }
            }
            return i - offset;
        }

        // Copies the rest of a line in bulk; a line that ends in a bare LF is stored with CRLF.
        private int ReadLineBody(byte[] buffer, int i, int end)
        {
            int lf = System.Array.IndexOf(buffer, (byte)'\n', i, end - i);
            if (lf < 0)
            {
                bool heldCr = buffer[end - 1] == (byte)'\r';
                Emit(buffer, i, end - i - (heldCr ? 1 : 0));
                if (heldCr)
                {
                    _state = InLineCr;
                }
                return end;
            }
            bool crlf = lf > i && buffer[lf - 1] == (byte)'\r';
            Emit(buffer, i, lf - i - (crlf ? 1 : 0));
            EndLine(crlf);
            return lf + 1;
        }

        private void EndLine(bool crlf)
        {
            Emit(Crlf, 0, 2);
            _previousLineEndedWithCrlf = crlf;
            NextLine();
        }

        // A line ended: the next byte begins another.
        private void NextLine()
        {
            _state = LineStart;
            _lineLength = 0;
            LinesReceived++;
        }

        private void Emit(byte[] bytes, int offset, int count)
        {
            _stored += count;
            _lineLength += count;
            if (_lineLength > MaxLine)
            {
                LineTooLong = true;
            }
            while (count > 0 && Storing)
            {
                int n = _chunk.Fill(bytes, offset, count);
                offset += n;
                count -= n;
                if (_chunk.IsFull)
                {
                    Flush();
                }
            }
        }

        // One byte of a header-section line before its ':'. Returns where the input goes on.
        private int ReadFieldName(byte b, int i)
        {
            if (_headers.Hold(b))
            {
                return i + 1;
            }
            if (!_headers.EndsFieldName(b))
            {
                // The empty line that ends the headers, or a body begun without one.
                EndHeaders(!_headers.AtEmptyLine(b));
            }
            Emit(_headers.Held, 0, _headers.HeldLength);
            _headers.Release();
            _state = InLine;
            return i;
        }

        private void BodyLineStarts()
        {
            if (_headers.Open)
            {
                EndHeaders(true);
            }
        }

        // Adds the missing header lines, and the empty line when the body starts without one.
        private void EndHeaders(bool addEmptyLine)
        {
            _headers.Close();
            EmitLine(_headers.MissingDate);
            EmitLine(_headers.MissingMessageId);
            if (addEmptyLine)
            {
                EmitLine(Crlf);
            }
        }

        // A whole line of the server's own, at a line start: it does not count toward the line limit.
        private void EmitLine(byte[] line)
        {
            if (line != null)
            {
                _added += line.Length;
                Emit(line, 0, line.Length);
                _lineLength = 0;
            }
        }

        private void Finish()
        {
            // A message of headers alone (or nothing) still gets its Date: and Message-ID:.
            if (_headers.Open)
            {
                EndHeaders(false);
            }
            if (Storing)
            {
                Flush();
            }
            Finished = true;
            NextLine();
        }

        private bool Storing
        {
            get { return !TooBig && !LineTooLong && StoreOutcome == StoreResult.Accepted; }
        }

        private void Flush()
        {
            if (_chunk.Length > 0)
            {
                StoreOutcome = _writer.Append(_chunk.Bytes, 0, _chunk.Length);
                _chunk.Clear();
            }
        }
    }
}
