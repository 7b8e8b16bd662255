using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Integration.Tests;

/// <summary>Mail for the IMAP tests, delivered by SMTP from client1.</summary>
internal static class ImapMail
{
    public static void Send(EmulatorProcess emulator, string to, string subject)
    {
        using var client = new LineClient(emulator.Host, emulator.SmtpPort);
        client.Send($"HELO pc1\r\nMAIL FROM:<client1@mail.com>\r\nRCPT TO:<{to}@mail.com>\r\nDATA\r\nSubject: {subject}\r\n\r\nhello over IMAP\r\n.\r\nQUIT\r\n");
        StringAssert.Contains(client.ReadToClose(), "250 2.0.0");
    }
}
