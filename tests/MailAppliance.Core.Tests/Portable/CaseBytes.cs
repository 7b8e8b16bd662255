namespace MailAppliance.Core.Tests.Portable
{
    /// <summary>
    /// Prints what a case gave on nanoCLR, 64 bytes a line ("CASE-BYTES NAME OFFSET HEX", then
    /// "CASE-END NAME LENGTH"), for tests/MailAppliance.NanoClr.Tests to compare with what the
    /// same case gave on .NET: the comparison, and the first differing byte, are made there.
    /// </summary>
    public static class CaseBytes
    {
        public const int BytesPerLine = 64;

        public static void Print(string name, byte[] bytes)
        {
            for (int at = 0; at < bytes.Length; at += BytesPerLine)
            {
                int count = bytes.Length - at < BytesPerLine ? bytes.Length - at : BytesPerLine;
                var line = new byte[count];
                System.Array.Copy(bytes, at, line, 0, count);
                System.Console.WriteLine("CASE-BYTES " + name + " " + at.ToString() + " " + Hex.Of(line));
            }
            System.Console.WriteLine("CASE-END " + name + " " + bytes.Length.ToString());
        }
    }
}
