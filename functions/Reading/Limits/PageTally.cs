namespace Publishing.Reading.Limits;

/// <summary>The operators, glyphs and XObjects one page has asked for so far, against the page limits.</summary>
internal sealed class PageTally(int page, ReportReaderOptions options)
{
    private long _operators, _glyphs, _xObjects;

    public int Page { get; } = page;

    public long Operators => _operators;
    public long Glyphs => _glyphs;
    public long XObjects => _xObjects;

    /// <summary>The deepest forms were nested on the page.</summary>
    public int FormNesting { get; set; }

    private readonly HashSet<long> _fonts = [];

    /// <summary>True the first time a font (by object number) is loaded on this page.</summary>
    public bool FirstUseOfFont(long objectNumber) => _fonts.Add(objectNumber);

    /// <summary>Counts one run of a content stream (the page's own, or a form each time it is drawn).</summary>
    public ReadFailure? Run(ContentSummary content)
    {
        _operators += content.Operators;
        _glyphs += content.ShownBytes;
        if (_operators > options.MaxPageOperators)
            return TooMuch($"at most {options.MaxPageOperators:N0} content operators", "more operators");
        return _glyphs > options.MaxPageGlyphs ? TooMuch($"at most {options.MaxPageGlyphs:N0} bytes of text", "more text") : null;
    }

    public ReadFailure? DrawXObject() =>
        ++_xObjects > options.MaxPageXObjects ? TooMuch($"at most {options.MaxPageXObjects:N0} XObjects drawn", "more XObjects drawn") : null;

    private ReadFailure TooMuch(string limit, string found) =>
        new(ReadFailureKind.TooLarge, $"pages that ask for {limit}, counted through their forms", $"page {Page} asking for {found} (forms drawn over and over?)");
}
