namespace Publishing.Summaries.Issuing;

/// <summary>A version segment of a summary address, <c>v1</c>, <c>v12</c>: exactly "v" and ASCII digits without a
/// leading zero. <c>int.TryParse</c> alone also took <c>v+1</c>, <c>v 1</c> and <c>v01</c> as version 1.</summary>
public static class VersionNumber
{
    public static bool TryParse(string segment, out int number)
    {
        number = 0;
        if (segment.Length is < 2 or > 10 || segment[0] != 'v' || segment[1] == '0') return false;
        foreach (var c in segment.AsSpan(1))
        {
            if (!char.IsAsciiDigit(c)) return false;
            number = number * 10 + (c - '0');
        }
        return true;
    }
}
