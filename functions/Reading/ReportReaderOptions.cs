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

    /// <summary>Largest decoded (inflated) size of any one Flate stream. A decompression bomb is refused, not inflated.</summary>
    public long MaxDecodedStreamBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest decoded size of all Flate streams together. Reports decode to a few MB.</summary>
    public long MaxDecodedTotalBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Deepest nesting of dictionaries and arrays accepted; PdfPig parses nested objects recursively. Reports nest under 10.</summary>
    public int MaxNestingDepth { get; set; } = 100;
}
