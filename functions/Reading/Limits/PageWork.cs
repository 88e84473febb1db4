using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// The work a page will cause, found before PdfPig draws it: its content and every form XObject it draws, followed as
/// PdfPig follows them (names resolved through the stacked resources), counted through the nesting (a form drawn ten
/// times counts ten times). A loop of forms drawing each other, forms nested deeper than the limit, resources that
/// refer to each other in a loop, or more operators, glyphs or XObjects than the page limits refuse the page; PdfPig
/// would otherwise overflow its stack (killing the process) or build gigabytes of glyphs. The walk stops as soon as a
/// limit is passed, so its own work is bounded by the limits, and it checks the read's token as it goes.
/// One per document: each form's content is read once.
/// </summary>
internal sealed class PageWork(PdfDocument pdf, IFilterProvider filters, DecodedStreams decoded, ReportReaderOptions options, CancellationToken cancellationToken)
{
    private readonly Dictionary<long, ContentSummary> _forms = [];
    private readonly ResourceReferences _references = new(pdf, options.MaxResourceReferenceDepth);

    /// <summary>What the last page checked asked for (for measuring documents against the limits).</summary>
    public PageTally? LastPage { get; private set; }

    /// <summary>The longest chain of references below any resources checked so far.</summary>
    public int DeepestResourceChain => _references.Deepest;

    public ReadFailure? Check(int pageNumber, PageTree.Leaf page)
    {
        LastPage = new PageTally(pageNumber, options);
        var names = new List<DictionaryToken?>();
        foreach (var level in page.Resources)
        {
            var resources = Resolve(level) as DictionaryToken;
            if (Load(resources, LastPage) is { } refused) return refused;
            names.Add(XObjects(resources));
        }
        return Draw(PageContent(page.Page), names, [], LastPage);
    }

    private ReadFailure? Draw(ContentSummary content, List<DictionaryToken?> names, List<long> forms, PageTally tally)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (tally.Run(content) is { } tooMuch) return tooMuch;
        foreach (var name in content.Drawn)
        {
            if (Find(names, name) is not { } reference) continue;
            if (tally.DrawXObject() is { } tooMany) return tooMany;
            if (forms.Contains(reference.ObjectNumber))
                return new ReadFailure(ReadFailureKind.CorruptPdf, "form XObjects that end", $"form XObjects on page {tally.Page} that draw each other in a loop (objects {string.Join(" → ", forms.SkipWhile(n => n != reference.ObjectNumber).Append(reference.ObjectNumber))})");
            if (Resolve(new IndirectReferenceToken(reference)) is not StreamToken { } form || !IsForm(form)) continue;
            if (forms.Count >= options.MaxFormNesting)
                return new ReadFailure(ReadFailureKind.CorruptPdf, $"form XObjects nested at most {options.MaxFormNesting} deep", $"form XObjects on page {tally.Page} nested more than {options.MaxFormNesting} deep");
            var own = form.StreamDictionary.TryGet(NameToken.Resources, out var formResources) ? Resolve(formResources) as DictionaryToken : null;
            if (Load(own, tally) is { } tooCostly) return tooCostly;
            forms.Add(reference.ObjectNumber);
            tally.FormNesting = Math.Max(tally.FormNesting, forms.Count);
            var inner = own is null ? names : [.. names, XObjects(own)];
            var refused = Draw(FormContent(reference.ObjectNumber, form), inner, forms, tally);
            forms.RemoveAt(forms.Count - 1);
            if (refused is not null) return refused;
        }
        return null;
    }

    /// <summary>What loading a resource dictionary costs: its objects' references walked, and the glyph procedures of
    /// its Type 3 fonts, each of which PdfPig parses once per page for the glyphs it shows (counted once per page, as
    /// if every glyph were shown).</summary>
    private ReadFailure? Load(DictionaryToken? resources, PageTally tally)
    {
        if (_references.Check(resources) is { } tangled) return tangled;
        if (resources is null || !resources.TryGet(NameToken.Font, out var fontsToken) || Resolve(fontsToken) is not DictionaryToken fonts) return null;
        foreach (var font in fonts.Data.Values)
        {
            if (font is not IndirectReferenceToken reference || !tally.FirstUseOfFont(reference.Data.ObjectNumber)) continue;
            if (Resolve(font) is not DictionaryToken type3 || !(type3.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken { Data: "Type3" })) continue;
            if (!type3.TryGet(NameToken.CharProcs, out var procsToken) || Resolve(procsToken) is not DictionaryToken procs) continue;
            foreach (var proc in procs.Data.Values)
            {
                if (proc is not IndirectReferenceToken procReference || Resolve(proc) is not StreamToken stream) continue;
                if (tally.Run(FormContent(procReference.Data.ObjectNumber, stream) with { Drawn = [] }) is { } tooMuch) return tooMuch;
            }
        }
        return null;
    }

    private static bool IsForm(StreamToken stream) =>
        stream.StreamDictionary.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken { Data: "Form" };

    /// <summary>The innermost resources naming it win, as in PdfPig's resource store.</summary>
    private static UglyToad.PdfPig.Core.IndirectReference? Find(List<DictionaryToken?> names, string name)
    {
        for (var i = names.Count - 1; i >= 0; i--)
            if (names[i] is { } level && level.Data.TryGetValue(name, out var value))
                return value is IndirectReferenceToken reference ? reference.Data : null;
        return null;
    }

    private DictionaryToken? XObjects(DictionaryToken? resources) =>
        resources is not null && resources.TryGet(NameToken.Xobject, out var xObjects) ? Resolve(xObjects) as DictionaryToken : null;

    private ContentSummary PageContent(DictionaryToken page)
    {
        if (!page.TryGet(NameToken.Contents, out var contents)) return ContentSummary.Empty;
        var streams = Resolve(contents) switch
        {
            StreamToken one => [one],
            ArrayToken many => many.Data.Select(Resolve).OfType<StreamToken>().ToList(),
            _ => [],
        };
        return ContentSummary.Join(streams.Select(Summarise));
    }

    private ContentSummary FormContent(long number, StreamToken form)
    {
        if (!_forms.TryGetValue(number, out var summary)) _forms[number] = summary = Summarise(form);
        return summary;
    }

    /// <summary>A stream the walk cannot decode draws nothing here; PdfPig fails on it the same way.</summary>
    private ContentSummary Summarise(StreamToken stream)
    {
        try
        {
            return ContentSummary.Of(Decode(stream).Span);
        }
        catch (DecodeLimitExceededException)
        {
            throw;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return ContentSummary.Empty;
        }
    }

    private ReadOnlyMemory<byte> Decode(StreamToken stream)
    {
        var dictionary = stream.StreamDictionary;
        if (dictionary.TryGet(NameToken.Filter, out var filter) && filter is NameToken { Data: "FlateDecode" or "Fl" }
            && !dictionary.Data.ContainsKey("DecodeParms") && !dictionary.Data.ContainsKey("DP")
            && decoded.TryPeek(stream.Data.Span, out var inflated))
            return inflated;
        // An indirect /Filter is resolved here as PdfPig resolves it when it draws.
        if (filter is IndirectReferenceToken) stream = new StreamToken(dictionary.With(NameToken.Filter, Resolve(filter)), stream.Data);
        return stream.Decode(filters);
    }

    private IToken Resolve(IToken? token) => pdf.Resolve(token);
}
