namespace Publishing.Reading.Layout;

/// <summary>
/// A stable sort of positions by a numeric key that takes advantage of runs already in order: a page's letters mostly
/// arrive line by line and left to right, broken only where the content stream jumps (a header drawn last, a table
/// cell), so merging those runs costs far less than sorting from scratch. Returns the order as indices.
/// </summary>
internal static class RunMergeSort
{
    /// <summary>The order, computed in the caller's buffers (each at least as long as <paramref name="keys"/>,
    /// <paramref name="bounds"/> one longer), so sorting every line of every page allocates nothing.</summary>
    /// <returns>The part of <paramref name="first"/> or <paramref name="second"/> that holds the order.</returns>
    public static Span<int> Order(ReadOnlySpan<double> keys, Span<int> first, Span<int> second, Span<int> bounds)
    {
        var n = keys.Length;
        var order = first[..n];
        var other = second[..n];
        for (var i = 0; i < n; i++) order[i] = i;
        if (n < 2) return order;

        var count = 0;
        bounds[count++] = 0;
        for (var i = 1; i < n; i++)
            if (keys[i].CompareTo(keys[i - 1]) < 0) bounds[count++] = i;
        if (count == 1) return order;

        bounds[count++] = n;
        while (count > 2)
        {
            // Merged bounds are written over the ones already read: index r / 2 never passes r.
            var merged = 0;
            for (var r = 0; r + 1 < count; r += 2)
            {
                var start = bounds[r];
                if (r + 2 >= count) // an odd run out: carried over as it is
                    order[start..bounds[r + 1]].CopyTo(other[start..]);
                else
                    Merge(keys, order, other, start, bounds[r + 1], bounds[r + 2]);
                bounds[merged++] = start;
            }
            bounds[merged++] = n;
            var swap = order;
            order = other;
            other = swap;
            count = merged;
        }
        return order;
    }

    private static void Merge(ReadOnlySpan<double> keys, Span<int> from, Span<int> to, int start, int middle, int end)
    {
        int left = start, right = middle, at = start;
        while (left < middle && right < end)
            to[at++] = keys[from[right]].CompareTo(keys[from[left]]) < 0 ? from[right++] : from[left++];
        while (left < middle) to[at++] = from[left++];
        while (right < end) to[at++] = from[right++];
    }
}
