using MailAppliance.Core.Storage;
using MailAppliance.Core.Tests.Fakes;
using MailAppliance.Core.Tests.Portable;

namespace MailAppliance.Core.Tests.Storage
{
    /// <summary>INTERNALDATE from the first Received: line, as the appliance writes it and as others do. On .NET and nanoCLR.</summary>
    public static class ArrivalDateCases
    {
        public static void TheFirstReceivedLinesDate()
        {
            Expect.Equal("2026-12-03 11:49:06", Read("Return-Path: <client1@mail.com>\r\nReceived: from pc0 ([192.168.1.4])\r\n\tby mail.com (MailAppliance) with ESMTP\r\n\tfor <client2@mail.com>; Thu, 3 Dec 2026 11:49:06 +0000\r\nReceived: from elsewhere; Wed, 2 Dec 2026 10:00:00 +0000\r\nSubject: x\r\n\r\nbody\r\n"), "the appliance's own, folded over three lines");
            Expect.Equal("2026-12-03 10:49:06", Read("Received: from a by b; Thu, 3 Dec 2026 11:49:06 +0100 (CET)\r\n\r\n"), "a zone east of UTC and a comment");
            Expect.Equal("2026-12-04 01:19:06", Read("Received: by b; 3 Dec 2026 20:49:06 -0430\r\n\r\n"), "no day name, a zone west of UTC with minutes");
            Expect.Equal("2026-12-03 11:49:06 (appliance clock not set)", Read("Received: by b; Thu, 3 Dec 2026 11:49:06 +0000 (appliance clock not set)\r\n\r\n") + " (appliance clock not set)", "the appliance's comment");
        }

        public static void DateWhenNoReceivedLine()
        {
            Expect.Equal("2026-12-03 11:49:06", Read("Subject: sent\r\nDate: Thu, 3 Dec 2026 12:49:06 +0100\r\n\r\nbody\r\n"), "a message a client APPENDed (Sent, Drafts)");
            Expect.Equal("2026-12-03 11:49:06", Read("Date: Wed, 2 Dec 2026 10:00:00 +0000\r\nReceived: by b; Thu, 3 Dec 2026 11:49:06 +0000\r\n\r\n"), "Received: wins over Date:");
        }

        public static void NoReadableDate()
        {
            Expect.Equal("none", Read("Subject: no trace\r\n\r\nReceived: in the body; Thu, 3 Dec 2026 11:49:06 +0000\r\n"), "only in the body");
            Expect.Equal("none", Read("Received: from a by b\r\n\r\n"), "no date");
            Expect.Equal("none", Read("Received: by b; Thu, 31 Feb 2026 11:49:06 +0000\r\n\r\n"), "no such day");
            Expect.Equal("none", Read("Received: by b; Thu, 3 Dec 2026 11:49:06 CET\r\n\r\n"), "a zone name (obsolete)");
            Expect.Equal("none", Read("Received: by b; Thu, 3 Dec 2026 11:49:06 +0000"), "cut before its line end");
        }

        private static string Read(string message)
        {
            byte[] head = Latin1.GetBytes(message);
            System.DateTime utc;
            if (!ArrivalDate.TryRead(head, head.Length, out utc))
            {
                return "none";
            }
            return utc.Year + "-" + Two(utc.Month) + "-" + Two(utc.Day) + " " + Two(utc.Hour) + ":" + Two(utc.Minute) + ":" + Two(utc.Second);
        }

        private static string Two(int value) => value < 10 ? "0" + value : value.ToString();
    }
}
