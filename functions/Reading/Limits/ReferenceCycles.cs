namespace Publishing.Reading.Limits;

/// <summary>
/// Finds objects whose whole body is a reference to another object ("4 0 obj 5 0 R endobj") forming a loop. PdfPig
/// 0.1.16 follows such a chain recursively without end, and the stack overflow that follows kills the process.
/// </summary>
internal static class ReferenceCycles
{
    /// <returns>The object numbers of one loop, or null when there is none.</returns>
    public static IReadOnlyList<long>? Find(ReadOnlySpan<byte> pdf)
    {
        var points = new Dictionary<long, long>();
        for (var headers = new ObjectHeaders(pdf); headers.MoveNext();)
        {
            if (BareReferenceAfter(pdf, headers.BodyStart) is { } target) points[headers.Number] = target;
        }
        foreach (var start in points.Keys)
        {
            var chain = new List<long> { start };
            for (var next = points[start]; points.TryGetValue(next, out var after); next = after)
            {
                if (chain.Contains(next)) return [.. chain, next];
                chain.Add(next);
            }
        }
        return null;
    }

    /// <summary>"12 0 obj": the 12, when the keyword is preceded by two whitespace-separated integers.</summary>
    internal static long? ObjectNumberBefore(ReadOnlySpan<byte> pdf, int keyword)
    {
        var i = keyword - 1;
        if (!SkipBack(pdf, ref i, IsWhite) | !SkipBack(pdf, ref i, char.IsAsciiDigit)) return null;
        if (!SkipBack(pdf, ref i, IsWhite)) return null;
        var end = i + 1;
        if (!SkipBack(pdf, ref i, char.IsAsciiDigit)) return null;
        return Parse(pdf[(i + 1)..end]);
    }

    /// <summary>"5 0 R endobj" after the keyword: the 5.</summary>
    private static long? BareReferenceAfter(ReadOnlySpan<byte> pdf, int i)
    {
        Skip(pdf, ref i, IsWhite);
        var start = i;
        if (!Skip(pdf, ref i, char.IsAsciiDigit)) return null;
        var number = Parse(pdf[start..i]);
        if (!Skip(pdf, ref i, IsWhite) | !Skip(pdf, ref i, char.IsAsciiDigit)) return null;
        if (!Skip(pdf, ref i, IsWhite) || i >= pdf.Length || pdf[i] != 'R') return null;
        i++;
        Skip(pdf, ref i, IsWhite);
        return pdf[i..].StartsWith("endobj"u8) ? number : null;
    }

    private static bool Skip(ReadOnlySpan<byte> pdf, ref int i, Func<char, bool> what)
    {
        var start = i;
        while (i < pdf.Length && what((char)pdf[i])) i++;
        return i > start;
    }

    private static bool SkipBack(ReadOnlySpan<byte> pdf, ref int i, Func<char, bool> what)
    {
        var start = i;
        while (i >= 0 && what((char)pdf[i])) i--;
        return i < start;
    }

    private static bool IsWhite(char c) => c is ' ' or '\r' or '\n' or '\t' or '\f' or '\0';

    private static long? Parse(ReadOnlySpan<byte> digits) =>
        digits.Length is > 0 and <= 18 ? long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
}
