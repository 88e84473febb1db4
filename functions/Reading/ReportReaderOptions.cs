namespace Publishing.Reading;

/// <summary>
/// Limits that keep one hostile document from taking the host down. Bytes and pages bound the input; the nesting
/// depth and the decoded-stream limits bound the memory and stack PdfPig can be made to use (checked before PdfPig
/// parses anything); the time budget bounds the wall clock, and is enforced even while PdfPig is busy inside one page.
/// </summary>
public sealed class ReportReaderOptions
{
    /// <summary>Largest document accepted, in bytes. Reports are typically 0.1-1 MB.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most pages accepted. The longest SIF reports run to about 60 pages.</summary>
    public int MaxPages { get; set; } = 400;

    /// <summary>Time budget for one document; PdfPig can take seconds on pathological files.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest decoded (inflated) size of any one Flate stream; a decompression bomb is refused, not inflated.
    /// The largest stream in the 160 corpus reports decodes to 0.32 MB.</summary>
    public long MaxDecodedStreamBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Largest decoded size of all Flate streams together. Corpus reports decode to 0.8 MB (median) and 2.5 MB at most.</summary>
    public long MaxDecodedTotalBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest decoded content of one page. PdfPig builds an object of a few hundred bytes per glyph for a
    /// whole page at once, so a page of millions of glyphs would take gigabytes before the time budget could stop it.</summary>
    public long MaxPageContentBytes { get; set; } = 2L * 1024 * 1024;

    /// <summary>Deepest nesting of dictionaries and arrays accepted; PdfPig parses nested objects recursively. Reports nest under 10.</summary>
    public int MaxNestingDepth { get; set; } = 100;
}
