namespace MailAppliance.Core.Appliance
{
    /// <summary>
    /// How many IMAP sessions each user has open, for the console's <c>show users</c>: IMAP
    /// clients stay connected (Thunderbird keeps several), so a teacher can see who is online.
    /// </summary>
    public sealed class ImapLogins
    {
        private readonly object _sync = new object();
        private string[] _users = new string[0];
        private int[] _counts = new int[0];

        public void Enter(string user)
        {
            lock (_sync)
            {
                int i = IndexOf(user);
                if (i < 0)
                {
                    i = IndexOf(null);
                }
                if (i < 0)
                {
                    i = _users.Length;
                    _users = Text.StringArrays.Resize(_users, i + 4);
                    _counts = Text.Arrays.Resize(_counts, i + 4);
                }
                _users[i] = user;
                _counts[i]++;
            }
        }

        public void Leave(string user)
        {
            lock (_sync)
            {
                int i = IndexOf(user);
                if (i >= 0 && --_counts[i] == 0)
                {
                    _users[i] = null;
                }
            }
        }

        /// <summary>The IMAP sessions <paramref name="user"/> has open now.</summary>
        public int Of(string user)
        {
            lock (_sync)
            {
                int i = IndexOf(user);
                return i < 0 ? 0 : _counts[i];
            }
        }

        private int IndexOf(string user)
        {
            for (int i = 0; i < _users.Length; i++)
            {
                if (_users[i] == user)
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
