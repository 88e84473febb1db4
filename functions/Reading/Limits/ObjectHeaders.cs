namespace Publishing.Reading.Limits;

/// <summary>Walks the "12 0 obj" headers of raw PDF bytes in order: each object's number and where its body starts.</summary>
internal ref struct ObjectHeaders(ReadOnlySpan<byte> pdf)
{
    private readonly ReadOnlySpan<byte> _pdf = pdf;
    private int _from;

    public long Number { get; private set; }

    /// <summary>The offset just after the "obj" keyword.</summary>
    public int BodyStart { get; private set; }

    public bool MoveNext()
    {
        while (_from < _pdf.Length)
        {
            var found = _pdf[_from..].IndexOf("obj"u8);
            if (found < 0) break;
            var at = _from + found;
            _from = at + 3;
            // "endobj" and other words ending in "obj" have no number before them.
            if (ReferenceCycles.ObjectNumberBefore(_pdf, at) is not { } number) continue;
            (Number, BodyStart) = (number, _from);
            return true;
        }
        _from = _pdf.Length;
        return false;
    }
}
