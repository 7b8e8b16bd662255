using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>
    /// The literal after a command's line that does not go through <see cref="CommandAssembler"/>:
    /// APPEND's message (RFC 3501 §6.3.11), streamed into the store in the chunks it arrives in,
    /// as DATA is, never whole in memory; or the bytes of a LITERAL+ literal (RFC 7888 §4) sent
    /// with a command already refused, read and thrown away so they are not taken for commands.
    /// The command's line goes on after the literal; the answer is given once it has come.
    /// </summary>
    internal sealed class AppendUpload
    {
        private readonly string _tag;
        private readonly int _outcome;
        private readonly string _text;
        private IMessageWriter _writer;
        private long _left;
        private bool _failed;

        private AppendUpload(string tag, long size, IMessageWriter writer, int outcome, string text)
        {
            _tag = tag;
            _left = size;
            _writer = writer;
            _outcome = outcome;
            _text = text;
        }

        /// <summary>A message to store through <paramref name="writer"/>.</summary>
        public static AppendUpload Storing(string tag, long size, IMessageWriter writer)
        {
            return new AppendUpload(tag, size, writer, Outcome.Ok, null);
        }

        /// <summary>A literal to throw away, then <paramref name="outcome"/> (Bad or No) with <paramref name="text"/>.</summary>
        public static AppendUpload Refused(string tag, long size, int outcome, string text)
        {
            return new AppendUpload(tag, size, null, outcome, text);
        }

        public string Tag
        {
            get { return _tag; }
        }

        /// <summary>True while literal bytes are awaited.</summary>
        public bool InLiteral
        {
            get { return _left > 0; }
        }

        /// <summary>Takes literal bytes; returns how many belonged to the literal.</summary>
        public int Take(byte[] buffer, int offset, int count)
        {
            int take = count < _left ? count : (int)_left;
            // A card that fails part-way still lets the literal be read to its end, then says NO.
            if (_writer != null && !_failed && _writer.Append(buffer, offset, take) != StoreResult.Accepted)
            {
                _failed = true;
            }
            _left -= take;
            return take;
        }

        /// <summary>
        /// The answer once <paramref name="rest"/>, the command line after the literal, has come:
        /// the message is committed (on the card before OK) or thrown away.
        /// </summary>
        public int Finish(string rest, out string text)
        {
            text = _text;
            if (_outcome != Outcome.Ok)
            {
                return _outcome;
            }
            if (rest.Length > 0)
            {
                Abort();
                text = "APPEND takes one message (MULTIAPPEND is not offered)";
                return Outcome.Bad;
            }
            if (_failed || _writer.Commit(null, 0) != StoreResult.Accepted)
            {
                Abort();
                text = string.Format(ImapReplies.StorageTryLater, _tag);
                return Outcome.No;
            }
            _writer = null;
            return Outcome.Ok;
        }

        /// <summary>Throws the message away (the client went, or the session ends).</summary>
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
