namespace MailAppliance.Core.Text
{
    /// <summary>
    /// The only way device code makes a string array whose size is computed. The nanoFramework
    /// 1.x runtime leaves the slots of <c>new string[n]</c> in a state that is not a real null to
    /// string comparisons: <c>a[i] == "x"</c>, <c>string.Equals(a[i], s)</c> or a <c>switch</c>
    /// on a never-written slot dereferences null in native code — a crash of nanoCLR, a panic and
    /// a reboot on an ESP32 (toolchain README, "Behaviour of the 1.x runtime"; nanoframework/Home
    /// #1545). A slot assigned <c>null</c> is safe, so every array made here has each slot written.
    /// Array literals (<c>new string[] { ... }</c>) are safe as they are.
    /// tests/MailAppliance.Firmware.Tests (DeviceBuildProbeTests) refuses any other sized string array.
    /// </summary>
    public static class StringArrays
    {
        /// <summary>A string array of <paramref name="length"/> slots, each assigned null.</summary>
        public static string[] New(int length)
        {
            var items = new string[length];
            for (int i = 0; i < length; i++)
            {
                items[i] = null;
            }
            return items;
        }

        /// <summary>A copy of <paramref name="items"/> with <paramref name="length"/> slots: the first ones copied, the rest null.</summary>
        public static string[] Resize(string[] items, int length)
        {
            var resized = New(length);
            System.Array.Copy(items, resized, items.Length < length ? items.Length : length);
            return resized;
        }

        /// <summary>A copy of <paramref name="items"/> without the slot at <paramref name="index"/>.</summary>
        public static string[] Without(string[] items, int index)
        {
            var rest = New(items.Length - 1);
            System.Array.Copy(items, rest, index);
            System.Array.Copy(items, index + 1, rest, index, rest.Length - index);
            return rest;
        }
    }
}
