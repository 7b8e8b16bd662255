using MailAppliance.Core.Text;

namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// Which mailboxes a POP3 session holds. RFC 1939 §8: the server should lock the maildrop
    /// so that a second session cannot change it under the first one.
    /// </summary>
    public sealed class MailboxLocks
    {
        private string[] _held = new string[0];
        private readonly object _sync = new object();

        /// <summary>Takes the lock on <paramref name="mailbox"/>; false when another session holds it.</summary>
        public bool TryAcquire(string mailbox)
        {
            lock (_sync)
            {
                int free = -1;
                for (int i = 0; i < _held.Length; i++)
                {
                    if (_held[i] == mailbox)
                    {
                        return false;
                    }
                    if (_held[i] == null)
                    {
                        free = i;
                    }
                }
                if (free < 0)
                {
                    free = _held.Length;
                    _held = StringArrays.Resize(_held, _held.Length + 4);
                }
                _held[free] = mailbox;
                return true;
            }
        }

        /// <summary>True while a POP3 session holds <paramref name="mailbox"/> (show users).</summary>
        public bool IsHeld(string mailbox)
        {
            lock (_sync)
            {
                for (int i = 0; i < _held.Length; i++)
                {
                    if (_held[i] == mailbox)
                    {
                        return true;
                    }
                }
                return false;
            }
        }

        /// <summary>Gives the lock back.</summary>
        public void Release(string mailbox)
        {
            lock (_sync)
            {
                for (int i = 0; i < _held.Length; i++)
                {
                    if (_held[i] == mailbox)
                    {
                        _held[i] = null;
                    }
                }
            }
        }
    }
}
