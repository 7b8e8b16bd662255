using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Platform.Network
{
    /// <summary>
    /// How long the service loop may wait for a connection's next bytes: what is left of the idle
    /// timeout while no command is partly received, and while one is, what is left of that
    /// command's own deadline. Every byte (<see cref="Heard"/>) restarts the idle timer; only a
    /// whole command restarts the command's,
    /// so a client trickling bytes (slowloris) is closed. Time is the monotonic tick count
    /// (nanoFramework.Runtime.Native on the board), not the clock a teacher may set.
    /// </summary>
    internal sealed class CommandDeadline
    {
        // Poll takes an int of microseconds: about 35 minutes at most.
        private const long LongestWaitMilliseconds = 2000000;

        private readonly IConnectionLimits _limits;
        private int _command;
        private long _endsAt;
        private long _heardAt = System.Environment.TickCount64;

        public CommandDeadline(IConnectionLimits limits)
        {
            _limits = limits;
        }

        /// <summary>The client sent something: the idle timer starts again.</summary>
        public void Heard()
        {
            _heardAt = System.Environment.TickCount64;
        }

        /// <summary>True when the last wait returned ends at a command's deadline, not at the idle timeout.</summary>
        public bool ForCommand { get; private set; }

        /// <summary>
        /// Microseconds to wait for more bytes, given the session's <see cref="ISession.CommandInProgress"/>;
        /// 0 or less when the command in progress is already late.
        /// </summary>
        public int MicrosecondsLeft(int commandInProgress)
        {
            long now = System.Environment.TickCount64;
            long wait = _heardAt + _limits.IdleTimeoutSeconds * 1000L - now;
            ForCommand = false;
            if (commandInProgress != 0)
            {
                if (commandInProgress != _command)
                {
                    _command = commandInProgress;
                    _endsAt = now + _limits.CommandTimeoutSeconds * 1000L;
                }
                long left = _endsAt - now;
                if (left <= wait)
                {
                    wait = left;
                    ForCommand = true;
                }
            }
            if (wait > LongestWaitMilliseconds)
            {
                wait = LongestWaitMilliseconds;
            }
            return wait <= 0 ? 0 : (int)(wait * 1000);
        }
    }
}
