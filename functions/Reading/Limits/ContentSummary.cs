using System.Text;

namespace Publishing.Reading.Limits;

/// <summary>
/// What one content stream asks for each time it runs: its operators, the bytes of text it shows (at least one per
/// glyph) and the XObjects it draws by name, in order. Read from the decoded bytes with a lexer of the content syntax,
/// before PdfPig parses the stream.
/// </summary>
internal sealed record ContentSummary(long Operators, long ShownBytes, IReadOnlyList<string> Drawn)
{
    public static ContentSummary Empty { get; } = new(0, 0, []);

    /// <summary>Streams that run one after another, as a page's /Contents array does.</summary>
    public static ContentSummary Join(IEnumerable<ContentSummary> parts)
    {
        var all = parts.ToList();
        return all.Count == 1 ? all[0] : new(all.Sum(p => p.Operators), all.Sum(p => p.ShownBytes), [.. all.SelectMany(p => p.Drawn)]);
    }

    public static ContentSummary Of(ReadOnlySpan<byte> content)
    {
        long operators = 0, shown = 0, pendingText = 0;
        string? lastName = null;
        var drawn = new List<string>();
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (IsWhite(c)) { i++; continue; }
            switch (c)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r')) i++;
                    continue;
                case (byte)'(':
                    pendingText += LiteralStringEnd(content, ref i);
                    continue;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                case (byte)'>' when i + 1 < content.Length && content[i + 1] == '>':
                    i += 2;
                    continue;
                case (byte)'<':
                    var start = ++i;
                    while (i < content.Length && content[i] != '>') i++;
                    pendingText += (i - start + 1) / 2;
                    i++;
                    continue;
                case (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'>' or (byte)')':
                    i++;
                    continue;
                case (byte)'/':
                    lastName = Name(content, ref i);
                    continue;
            }
            var wordStart = i;
            while (i < content.Length && !IsWhite(content[i]) && !IsDelimiter(content[i])) i++;
            var word = content[wordStart..i];
            if (word.Length == 0) { i++; continue; }
            if (IsOperand(word)) continue;
            operators++;
            if (word.SequenceEqual("Tj"u8) || word.SequenceEqual("TJ"u8) || word.SequenceEqual("'"u8) || word.SequenceEqual("\""u8)) shown += pendingText;
            else if (word.SequenceEqual("Do"u8) && lastName is not null) drawn.Add(lastName);
            else if (word.SequenceEqual("BI"u8)) SkipInlineImage(content, ref i);
            pendingText = 0;
            lastName = null;
        }
        return new ContentSummary(operators, shown, drawn);
    }

    /// <summary>Numbers and the keywords true, false and null are operands, not operators.</summary>
    private static bool IsOperand(ReadOnlySpan<byte> word) =>
        word[0] is (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9'
        || word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8) || word.SequenceEqual("null"u8);

    /// <returns>The string's length in bytes (escapes counted as written: an upper bound).</returns>
    private static long LiteralStringEnd(ReadOnlySpan<byte> content, ref int i)
    {
        var start = i;
        var open = 0;
        for (; i < content.Length; i++)
        {
            if (content[i] == '\\') { i++; continue; }
            if (content[i] == '(') open++;
            else if (content[i] == ')' && --open == 0) break;
        }
        i++;
        return Math.Max(0, Math.Min(i, content.Length) - start - 2);
    }

    /// <summary>A name decoded as PdfPig decodes names (#xx escapes; UTF-8 where valid, else Windows-1252), so it
    /// matches the keys of the resource dictionaries PdfPig parsed.</summary>
    private static string Name(ReadOnlySpan<byte> content, ref int i)
    {
        var start = ++i;
        while (i < content.Length && !IsWhite(content[i]) && !IsDelimiter(content[i])) i++;
        var raw = content[start..i];
        var bytes = raw.IndexOf((byte)'#') < 0 ? raw : Unescape(raw);
        return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : WindowsLatin.GetString(bytes);
    }

    private static readonly Encoding WindowsLatin = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    private static byte[] Unescape(ReadOnlySpan<byte> raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var k = 0; k < raw.Length; k++)
        {
            if (raw[k] == '#' && k + 2 < raw.Length && IsHex(raw[k + 1]) && IsHex(raw[k + 2]))
            {
                bytes.Add((byte)(HexValue(raw[k + 1]) * 16 + HexValue(raw[k + 2])));
                k += 2;
            }
            else bytes.Add(raw[k]);
        }
        return [.. bytes];
    }

    private static int HexValue(byte b) => b <= '9' ? b - '0' : char.ToUpperInvariant((char)b) - 'A' + 10;

    /// <summary>Past "ID", binary image data, to the "EI" that ends it.</summary>
    private static void SkipInlineImage(ReadOnlySpan<byte> content, ref int i)
    {
        var data = content[i..].IndexOf("ID"u8);
        if (data < 0) { i = content.Length; return; }
        i += data + 2;
        while (i < content.Length)
        {
            var end = content[i..].IndexOf("EI"u8);
            if (end < 0) { i = content.Length; return; }
            i += end + 2;
            if (IsWhite(content[i - 3]) && (i >= content.Length || IsWhite(content[i]))) return;
        }
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
