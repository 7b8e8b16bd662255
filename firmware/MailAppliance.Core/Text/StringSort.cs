namespace MailAppliance.Core.Text
{
    /// <summary>
    /// Sorts strings in place (string.Compare order) in O(n log n) with no allocation: heapsort.
    /// nanoFramework's mscorlib has no Array.Sort, and the insertion sort this replaces made a POP3
    /// login quadratic in the mailbox (over a second at 8,000 messages: issue 11).
    /// </summary>
    public static class StringSort
    {
        /// <summary>Sorts the first <paramref name="count"/> items of <paramref name="items"/>; every slot among them must be written.</summary>
        public static void Sort(string[] items, int count)
        {
            for (int root = count / 2 - 1; root >= 0; root--)
            {
                SiftDown(items, root, count);
            }
            for (int end = count - 1; end > 0; end--)
            {
                string largest = items[0];
                items[0] = items[end];
                items[end] = largest;
                SiftDown(items, 0, end);
            }
        }

        // Moves items[root] down until both children are smaller, within the first count items.
        private static void SiftDown(string[] items, int root, int count)
        {
            string item = items[root];
            while (true)
            {
                int child = 2 * root + 1;
                if (child >= count)
                {
                    break;
                }
                if (child + 1 < count && string.Compare(items[child + 1], items[child]) > 0)
                {
                    child++;
                }
                if (string.Compare(items[child], item) <= 0)
                {
                    break;
                }
                items[root] = items[child];
                root = child;
            }
            items[root] = item;
        }
    }
}
