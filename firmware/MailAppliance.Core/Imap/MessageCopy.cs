using MailAppliance.Core.Storage;

namespace MailAppliance.Core.Imap
{
    /// <summary>One message copied between folders through the store, a card-read chunk at a time.</summary>
    internal static class MessageCopy
    {
        /// <summary>Copies message <paramref name="index"/> of <paramref name="from"/>, with its flags, into <paramref name="target"/>.</summary>
        public static StoreResult Copy(IImapFolder from, int index, IImapStore store, string user, string target, byte[] chunk)
        {
            IMessageWriter writer;
            // Keywords are numbered per folder: only the system flags go with the copy.
            StoreResult begun = store.BeginAppend(user, target, from.FlagsOf(index) & MessageFlags.All, out writer);
            if (begun != StoreResult.Accepted)
            {
                return begun;
            }
            long size = from.SizeOf(index);
            long position = 0;
            while (position < size)
            {
                int want = size - position < chunk.Length ? (int)(size - position) : chunk.Length;
                int n = from.Read(index, position, chunk, 0, want);
                if (n <= 0 || writer.Append(chunk, 0, n) != StoreResult.Accepted)
                {
                    writer.Abort();
                    return StoreResult.TryLater;
                }
                position += n;
            }
            from.Release();
            StoreResult committed = writer.Commit(null, 0);
            if (committed != StoreResult.Accepted)
            {
                writer.Abort();
            }
            return committed;
        }
    }
}
