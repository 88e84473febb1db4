namespace Publishing.Reading.Limits;

/// <summary>
/// RunLengthDecode (ISO 32000-1, 7.4.5) within a limit: a length byte 0-127 copies that many plus one bytes, 129-255
/// repeats the next byte 257 minus it times (two bytes in, up to 128 out), 128 ends the data, as does the data's end.
/// A run cut short by the end of the data is an error, as it is in PdfPig 0.1.16's filter.
/// </summary>
internal static class RunLengthDecoder
{
    private const int EndOfData = 128;

    public static BoundedDecode Decode(ReadOnlySpan<byte> data, long limit, bool keep)
    {
        var output = keep ? new List<byte>((int)Math.Min(limit, data.Length * 2L)) : null;
        long total = 0;
        var i = 0;
        while (i < data.Length)
        {
            var run = data[i++];
            if (run == EndOfData) break;
            var copies = run < EndOfData ? run + 1 : 257 - run;
            var takes = run < EndOfData ? copies : 1;
            if (i + takes > data.Length) throw new InvalidDataException($"A run of {copies} bytes is cut short by the end of the data.");
            total += copies;
            if (total > limit) return BoundedDecode.OverLimit(total);
            if (output is not null)
            {
                if (run < EndOfData) output.AddRange(data.Slice(i, takes));
                else output.AddRange(Enumerable.Repeat(data[i], copies));
            }
            i += takes;
        }
        return new BoundedDecode(total, output?.ToArray());
    }
}
