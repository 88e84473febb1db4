namespace Publishing.Reading.Limits;

/// <summary>Reads a stream's /Filter entry from the raw bytes of its dictionary, before PdfPig has parsed anything.</summary>
internal static class StreamFilters
{
    private static ReadOnlySpan<byte> Whitespace => " \t\r\n\f\0"u8;

    /// <summary>The filters in order, an empty list for none, or null when the entry cannot be read from the bytes
    /// alone (an indirect reference, a name no reader knows, /Crypt).</summary>
    public static IReadOnlyList<StreamFilter>? Parse(ReadOnlySpan<byte> dictionary)
    {
        var at = dictionary.IndexOf("/Filter"u8);
        if (at < 0) return [];
        var rest = dictionary[(at + "/Filter".Length)..];
        if (rest.Length > 0 && IsNameCharacter(rest[0])) return null; // a longer key such as /FilterX
        rest = rest.TrimStart(Whitespace);
        if (rest.IsEmpty) return null;
        if (rest[0] == '/') return Name(rest, out _) is { } one ? [one] : null;
        if (rest[0] != '[') return null;

        var filters = new List<StreamFilter>();
        rest = rest[1..];
        while (true)
        {
            rest = rest.TrimStart(Whitespace);
            if (rest.IsEmpty) return null;
            if (rest[0] == ']') return filters;
            if (rest[0] != '/' || Name(rest, out var length) is not { } filter) return null;
            filters.Add(filter);
            rest = rest[length..];
        }
    }

    /// <summary>The filters of a stream whose /Filter entry is a reference ("/Filter 6 0 R"), read from the object it
    /// names; null when the entry is not a reference or that object cannot be read.</summary>
    public static IReadOnlyList<StreamFilter>? ParseReferenced(ReadOnlySpan<byte> dictionary, IndirectObjects objects)
    {
        var at = dictionary.IndexOf("/Filter"u8);
        if (at < 0) return null;
        var rest = dictionary[(at + "/Filter".Length)..].TrimStart(Whitespace);
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit((char)rest[digits])) digits++;
        if (digits is 0 or > 10 || !long.TryParse(rest[..digits], out var number)) return null;
        var reference = rest[digits..].TrimStart(Whitespace);
        var generation = 0;
        while (generation < reference.Length && char.IsAsciiDigit((char)reference[generation])) generation++;
        if (generation == 0 || !reference[generation..].TrimStart(Whitespace).StartsWith("R"u8)) return null;
        var body = objects.Body(number);
        return body.IsEmpty ? null : Parse([.. "/Filter "u8, .. body]);
    }

    /// <summary>Whether /EarlyChange 0 is given anywhere in the dictionary (LZW's codes then widen one code later).</summary>
    public static bool LzwEarlyChange(ReadOnlySpan<byte> dictionary)
    {
        var at = dictionary.IndexOf("/EarlyChange"u8);
        if (at < 0) return true;
        var value = dictionary[(at + "/EarlyChange".Length)..].TrimStart(Whitespace);
        return !(value.Length > 0 && value[0] == '0');
    }

    private static StreamFilter? Name(ReadOnlySpan<byte> text, out int length)
    {
        length = 1;
        while (length < text.Length && IsNameCharacter(text[length])) length++;
        return text[1..length] switch
        {
            var n when n.SequenceEqual("FlateDecode"u8) || n.SequenceEqual("Fl"u8) => StreamFilter.Flate,
            var n when n.SequenceEqual("LZWDecode"u8) || n.SequenceEqual("LZW"u8) => StreamFilter.Lzw,
            var n when n.SequenceEqual("RunLengthDecode"u8) || n.SequenceEqual("RL"u8) => StreamFilter.RunLength,
            var n when n.SequenceEqual("ASCIIHexDecode"u8) || n.SequenceEqual("AHx"u8) => StreamFilter.AsciiHex,
            var n when n.SequenceEqual("ASCII85Decode"u8) || n.SequenceEqual("A85"u8) => StreamFilter.Ascii85,
            var n when n.SequenceEqual("DCTDecode"u8) || n.SequenceEqual("DCT"u8) || n.SequenceEqual("JPXDecode"u8)
                || n.SequenceEqual("CCITTFaxDecode"u8) || n.SequenceEqual("CCF"u8) || n.SequenceEqual("JBIG2Decode"u8) => StreamFilter.Image,
            _ => null,
        };
    }

    private static bool IsNameCharacter(byte b) => b > 32 && b < 127 && "/[]<>(){}%"u8.IndexOf(b) < 0;
}
