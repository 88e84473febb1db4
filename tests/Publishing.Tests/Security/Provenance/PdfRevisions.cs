using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Publishing.Tests.Security.Provenance;

/// <summary>
/// Builds incremental updates of a real PDF the way an editor (or an attacker) appends them: new object bodies, a
/// cross-reference section for them, and a trailer whose /Prev points at the original's last xref.
/// </summary>
internal static partial class PdfRevisions
{
    public static readonly string SamplePath = Path.Combine(RepositoryPaths.Root, "samples", "reports", "northmoor-2025-11-14.pdf");
    public static byte[] Sample => File.ReadAllBytes(SamplePath);

    /// <summary>Appends one update redefining (or adding) the given objects: number → the text between "obj" and "endobj".</summary>
    public static byte[] Append(byte[] pdf, IReadOnlyList<(int Number, byte[] Body)> objects, string? extraTrailer = null)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var prev = long.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var trailer = Trailer().Matches(text)[^1].Groups[1].Value;
        var size = int.Parse(SizeEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = RootEntry().Match(trailer).Value;
        var info = InfoEntry().Match(trailer).Value;
        using var output = new MemoryStream();
        output.Write(pdf);
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("\n");
        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, body) in objects)
        {
            offsets.Add((number, output.Length));
            Write($"{number} 0 obj\n");
            output.Write(body);
            Write("\nendobj\n");
        }
        var xref = output.Length;
        Write("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
            Write($"{number} 1\n{offset:D10} 00000 n \n");
        var newSize = Math.Max(size, objects.Count == 0 ? size : objects.Max(o => o.Number) + 1);
        Write($"trailer\n<</Size {newSize} {root} {info} {extraTrailer} /Prev {prev}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>An update with no objects at all (Word writes one after every save).</summary>
    public static byte[] AppendEmpty(byte[] pdf) => Append(pdf, []);

    public static byte[] Stream(string dictionaryEntries, byte[] data) =>
        [.. Encoding.Latin1.GetBytes($"<</Length {data.Length} {dictionaryEntries}>>\nstream\n"), .. data, .. "\nendstream"u8];

    /// <summary>The sample report with its one page's content stream (object 5) rewritten so every grade reads Inadequate
    /// (the new stream's dictionary may carry more entries, the update's trailer too).</summary>
    public static byte[] SampleWithEveryGradeInadequate(string dictionaryEntries = "", string? extraTrailer = null)
    {
        var pdf = Sample;
        var content = Encoding.Latin1.GetString(Inflate(ContentStreamOf(pdf)));
        const string Inadequate = "<496E6164657175617465> Tj";
        var rewritten = content
            .Replace("<476F6F64> Tj", Inadequate, StringComparison.Ordinal) // "Good"
            .Replace("<5265717569726573> Tj\n<20696D70726F76656D656E74> Tj\n<20746F> Tj\n<206265> Tj\n<20676F6F64> Tj", Inadequate, StringComparison.Ordinal);
        if (rewritten == content) throw new InvalidOperationException("The sample's grades were not where the test expects them.");
        return Append(pdf, [(5, Stream($"/Filter /FlateDecode {dictionaryEntries}", Deflate(Encoding.Latin1.GetBytes(rewritten))))], extraTrailer);
    }

    private static byte[] ContentStreamOf(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.IndexOf("stream\n", text.IndexOf("5 0 obj", StringComparison.Ordinal), StringComparison.Ordinal) + "stream\n".Length;
        var end = text.IndexOf("endstream", start, StringComparison.Ordinal);
        return pdf[start..end];
    }

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return output.ToArray();
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"trailer\s*(<<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+\d+\s+\d+\s+R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info\s+\d+\s+\d+\s+R")]
    private static partial Regex InfoEntry();
}
