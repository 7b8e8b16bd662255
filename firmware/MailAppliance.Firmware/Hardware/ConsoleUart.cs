using System;
using System.IO;
using System.IO.Ports;
using System.Threading;
using MailAppliance.Firmware.Board;
using nanoFramework.Hardware.Esp32;

namespace MailAppliance.Firmware.Hardware
{
    /// <summary>
    /// The console UART. On ESP32, COM1 is UART0, which carries nanoFramework's debugger and
    /// deployment protocol: opening it would cut flash.ps1 off, so only COM2/COM3 are accepted.
    /// </summary>
    public static class ConsoleUart
    {
        /// <summary>Routes the board's console pins to the UART, opens it (8N1) and returns it as a stream.</summary>
        public static Stream Open(ConsoleConfig config)
        {
            if (config.Port == "COM2")
            {
                Configuration.SetPinFunction(config.Tx, DeviceFunction.COM2_TX);
                Configuration.SetPinFunction(config.Rx, DeviceFunction.COM2_RX);
            }
            else if (config.Port == "COM3")
            {
                Configuration.SetPinFunction(config.Tx, DeviceFunction.COM3_TX);
                Configuration.SetPinFunction(config.Rx, DeviceFunction.COM3_RX);
            }
            else
            {
                throw new ArgumentException("the console must be COM2 or COM3, not " + config.Port);
            }
            var port = new SerialPort(config.Port, config.Baud, Parity.None, 8, StopBits.One);
            // A console nobody reads must not hold up the services (ConsoleStreamService stalls it).
            port.WriteTimeout = 500;
            // DataReceived for every byte, so a typed key wakes the reader at once.
            port.ReceivedBytesThreshold = 1;
            port.Open();
            return new TypedBytesStream(port);
        }

        /// <summary>
        /// The port as ConsoleStreamService reads it: a read returns as soon as one byte has come,
        /// so a typed key is echoed at once. nanoFramework's SerialPort.Read documents a
        /// TimeoutException when nothing is there, so reads wait for DataReceived first.
        /// </summary>
        private sealed class TypedBytesStream : Stream
        {
            // Re-checks BytesToRead now and then, in case a DataReceived event was missed.
            private const int WaitMilliseconds = 500;

            private readonly SerialPort _port;
            private readonly AutoResetEvent _arrived = new AutoResetEvent(false);

            public TypedBytesStream(SerialPort port)
            {
                _port = port;
                port.DataReceived += (sender, e) => _arrived.Set();
            }

            public override bool CanRead
            {
                get { return true; }
            }

            public override bool CanSeek
            {
                get { return false; }
            }

            public override bool CanWrite
            {
                get { return true; }
            }

            public override long Length
            {
                get { throw new NotSupportedException(); }
            }

            public override long Position
            {
                get { throw new NotSupportedException(); }
                set { throw new NotSupportedException(); }
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                int available;
                while ((available = _port.BytesToRead) == 0)
                {
                    _arrived.WaitOne(WaitMilliseconds, false);
                }
                return _port.Read(buffer, offset, available < count ? available : count);
            }

            public override int Read(SpanByte buffer)
            {
                throw new NotSupportedException();
            }

            public override void Write(byte[] buffer, int offset, int count)
            {
                _port.Write(buffer, offset, count);
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin)
            {
                throw new NotSupportedException();
            }

            public override void SetLength(long value)
            {
                throw new NotSupportedException();
            }
        }
    }
}
