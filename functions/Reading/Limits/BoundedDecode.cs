namespace Publishing.Reading.Limits;

/// <param name="Length">Bytes decoded; past the limit, somewhat more than the limit (decoding stopped there).</param>
/// <param name="Bytes">What decoded, when asked to keep it and it stayed within the limit.</param>
/// <param name="Whole">The data decoded to its end undamaged (a Flate stream may stop early and still give bytes).</param>
internal readonly record struct BoundedDecode(long Length, byte[]? Bytes, bool Whole = true)
{
    public static BoundedDecode OverLimit(long length) => new(length, null);
}
