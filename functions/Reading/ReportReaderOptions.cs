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

    /// <summary>Deepest chain of form XObjects drawing one another. PdfPig draws them recursively (a loop, or a chain
    /// thousands deep, overflows the stack, which cannot be caught). Corpus reports nest them 1 deep.</summary>
    public int MaxFormNesting { get; set; } = 16;

    /// <summary>Longest chain of indirect references below a page's resources (fonts, shadings, functions, colour
    /// spaces), which PdfPig also follows recursively. Corpus reports reach 6.</summary>
    public int MaxResourceReferenceDepth { get; set; } = 32;

    /// <summary>Most content operators one page may run, counted through its forms (a form drawn ten times counts ten
    /// times). Corpus pages run at most 9,572; 900,000 'q' operators took PdfPig 480 MB.</summary>
    public long MaxPageOperators { get; set; } = 200_000;

    /// <summary>Most bytes of text one page may show through its forms, an upper bound on its glyphs: PdfPig keeps an
    /// object of a few hundred bytes per glyph (190,000 took 150 MB). Corpus pages show at most 4,008.</summary>
    public long MaxPageGlyphs { get; set; } = 200_000;

    /// <summary>Most XObjects (forms and images) one page may draw, counted through its forms. Corpus pages draw at most 6.</summary>
    public long MaxPageXObjects { get; set; } = 10_000;
}
