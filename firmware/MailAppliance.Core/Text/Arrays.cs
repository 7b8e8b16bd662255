namespace MailAppliance.Core.Text
{
    /// <summary>
    /// Growing the parallel arrays that Core's tables keep instead of lists (mscorlib on the board
    /// has no generic collections): a copy of <c>items</c> with <c>length</c> slots, the first
    /// ones copied. String arrays have their own, <see cref="StringArrays.Resize"/>.
    /// </summary>
    internal static class Arrays
    {
        public static int[] Resize(int[] items, int length)
        {
            var resized = new int[length];
            System.Array.Copy(items, resized, Kept(items.Length, length));
            return resized;
        }

        public static uint[] Resize(uint[] items, int length)
        {
            var resized = new uint[length];
            System.Array.Copy(items, resized, Kept(items.Length, length));
            return resized;
        }

        public static long[] Resize(long[] items, int length)
        {
            var resized = new long[length];
            System.Array.Copy(items, resized, Kept(items.Length, length));
            return resized;
        }

        public static byte[][] Resize(byte[][] items, int length)
        {
            var resized = new byte[length][];
            System.Array.Copy(items, resized, Kept(items.Length, length));
            return resized;
        }

        private static int Kept(int had, int length)
        {
            return had < length ? had : length;
        }
    }
}
