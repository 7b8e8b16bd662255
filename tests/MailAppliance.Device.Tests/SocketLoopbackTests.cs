using System.Net;
using System.Net.Sockets;
using MailAppliance.Platform.Network;
using nanoFramework.TestFramework;

namespace MailAppliance.Device.Tests
{
    /// <summary>lwIP on the board as the services use it: listen, accept and echo over 127.0.0.1.</summary>
    [TestClass]
    public class SocketLoopbackTests
    {
        [TestMethod]
        public void BytesSentToAListenerOnLoopbackArriveUnchanged()
        {
            Socket listener = BoundSocket.Listen(new IPEndPoint(IPAddress.Loopback, 2525), 1);
            var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                client.Connect(new IPEndPoint(IPAddress.Loopback, 2525));
                Socket served = listener.Accept();
                byte[] hello = { (byte)'E', (byte)'H', (byte)'L', (byte)'O', 13, 10 };
                client.Send(hello);
                byte[] buffer = new byte[16];
                int count = served.Receive(buffer);
                Assert.AreEqual(hello.Length, count);
                Assert.AreEqual((int)'E', (int)buffer[0]);
                Assert.AreEqual(10, (int)buffer[count - 1]);
                served.Close();
            }
            finally
            {
                client.Close();
                listener.Close();
            }
        }
    }
}
