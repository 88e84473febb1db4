namespace Publishing.Reading.Layout;

/// <summary>
/// A stable sort of positions by a numeric key that takes advantage of runs already in order: a page's letters mostly
/// arrive line by line and left to right, broken only where the content stream jumps (a header drawn last, a table
/// cell), so merging those runs costs far less than sorting from scratch. Returns the order as indices.
/// </summary>
internal static class RunMergeSort
{
    public static int[] Order(double[] keys)
    {
        var n = keys.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        if (n < 2) return order;

        var runStarts = new List<int> { 0 };
        for (var i = 1; i < n; i++)
            if (Compare(keys, i, i - 1) < 0) runStarts.Add(i);
        if (runStarts.Count == 1) return order;

        var scratch = new int[n];
        var bounds = runStarts;
        bounds.Add(n);
        while (bounds.Count > 2)
        {
            var merged = new List<int>(bounds.Count / 2 + 2);
            for (var r = 0; r + 1 < bounds.Count; r += 2)
            {
                var start = bounds[r];
                merged.Add(start);
                if (r + 2 >= bounds.Count) // an odd run out: carried over as it is
                {
                    Array.Copy(order, start, scratch, start, bounds[r + 1] - start);
                    continue;
                }
                Merge(keys, order, scratch, start, bounds[r + 1], bounds[r + 2]);
            }
            merged.Add(n);
            (order, scratch) = (scratch, order);
            bounds = merged;
        }
        return order;
    }

    private static void Merge(double[] keys, int[] from, int[] to, int start, int middle, int end)
    {
        int left = start, right = middle, at = start;
        while (left < middle && right < end)
            to[at++] = keys[from[right]].CompareTo(keys[from[left]]) < 0 ? from[right++] : from[left++];
        while (left < middle) to[at++] = from[left++];
        while (right < end) to[at++] = from[right++];
    }

    private static int Compare(double[] keys, int a, int b) => keys[a].CompareTo(keys[b]);
}
