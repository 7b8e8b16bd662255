using MailAppliance.Core.Appliance;
using MailAppliance.Core.Sessions;

namespace MailAppliance.Core.Tests.Fakes
{
    /// <summary>What the session cases share: the lab's model and typing text into a session.</summary>
    public static class LabSessions
    {
        /// <summary>The lab example's model, with failed logins answered at once.</summary>
        public static ApplianceModel Model()
        {
            var model = new ApplianceModel(new CountingRandom());
            LabExample.Apply(model);
            model.Limits.AuthFailureDelayMilliseconds = 0;
            return model;
        }

        /// <summary>Hands <paramref name="text"/> (Latin-1) to the session as one received chunk.</summary>
        public static void Feed(ISession session, string text)
        {
            byte[] bytes = Latin1.GetBytes(text);
            session.Receive(bytes, 0, bytes.Length);
        }
    }
}
