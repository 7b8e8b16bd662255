using MailAppliance.Core.Sessions;
using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Smtp
{
    /// <summary>
    /// The message of one DATA command, from the 354 to the final reply: its file on the card,
    /// the <see cref="DataReceiver"/> that fills it, and the verdict at the end. The file is
    /// committed only when every check passed, so a client told 250 has its message on the card
    /// and a client told anything else has left nothing behind (RFC 5321 §4.1.1.4, §6.1).
    /// </summary>
    internal sealed class IncomingMessage
    {
        private readonly IMailStore _store;
        private readonly DataReceiver _data = new DataReceiver();
        private IMessageWriter _writer;

        public IncomingMessage(IMailStore store)
        {
            _store = store;
        }

        /// <summary>True once the end of data was read: <see cref="Finish"/> gives the reply.</summary>
        public bool Finished
        {
            get { return _data.Finished; }
        }

        /// <summary>True while part of a content line has arrived and its end has not.</summary>
        public bool HasPartialLine
        {
            get { return _data.HasPartialLine; }
        }

        /// <summary>Content lines received whole, over every message of the session.</summary>
        public int LinesReceived
        {
            get { return _data.LinesReceived; }
        }

        /// <summary>The client's content bytes, counted even past the size limit.</summary>
        public long Size
        {
            get { return _data.Size; }
        }

        /// <summary>
        /// Opens a message file holding <paramref name="traceHeaders"/> and readies the content
        /// reader; false when the card refused, with nothing left open.
        /// </summary>
        public bool Begin(byte[] traceHeaders, long maxSize, byte[] date, byte[] messageId)
        {
            if (_store.BeginMessage(out _writer) != StoreResult.Accepted)
            {
                _writer = null;
                return false;
            }
            if (_writer.Append(traceHeaders, 0, traceHeaders.Length) != StoreResult.Accepted)
            {
                Abort();
                return false;
            }
            _data.Begin(_writer, maxSize, date, messageId);
            return true;
        }

        /// <summary>Reads content; returns how many bytes belonged to it (the rest are commands, RFC 2920).</summary>
        public int Feed(byte[] buffer, int offset, int count)
        {
            return _data.Feed(buffer, offset, count);
        }

        /// <summary>
        /// After the end of data: delivers the message to the envelope's mailboxes if it passes
        /// every limit and returns <see cref="SmtpReplies.Queued"/>, or discards it and returns the
        /// refusal.
        /// </summary>
        public string Finish(SmtpEnvelope envelope, MailboxQuota quota)
        {
            string refusal = null;
            if (_data.TooBig)
            {
                refusal = SmtpReplies.MessageTooBig;
            }
            else if (_data.LineTooLong)
            {
                refusal = SmtpReplies.MessageLineTooLong;
            }
            else if (quota.AnyOver(envelope.Mailboxes, envelope.MailboxCount, _data.Size))
            {
                refusal = SmtpReplies.MessageOverQuota;
            }
            else if (_data.StoreOutcome != StoreResult.Accepted || _writer.Commit(envelope.Mailboxes, envelope.MailboxCount) != StoreResult.Accepted)
            {
                refusal = SmtpReplies.StorageTryLater;
            }
            if (refusal != null)
            {
                Abort();
                return refusal;
            }
            _writer = null;
            return SmtpReplies.Queued;
        }

        /// <summary>Discards a message not yet finished (RSET, HELO, a lost connection).</summary>
        public void Abort()
        {
            if (_writer != null)
            {
                _writer.Abort();
                _writer = null;
            }
        }
    }
}
